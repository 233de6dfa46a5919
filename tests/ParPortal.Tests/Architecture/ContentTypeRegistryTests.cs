using Microsoft.Extensions.DependencyInjection;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Hosting;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Architecture;

public class ContentTypeRegistryTests
{
    [Fact]
    public async Task EveryRegisteredType_HasAFormAPublicUrlASearchMappingAndItsTable()
    {
        using var factory = new ParPortalFactory();
        await using var scope = factory.Scope();
        var registry = scope.ServiceProvider.GetRequiredService<ContentTypeRegistry>();

        var problems = ContentTypeConformance.Problems(registry, factory.Db(scope).Model, typeof(ParPortalDbContext).Assembly);

        Assert.Empty(problems);
        Assert.Equal(ContentTypeNamesInOrder, registry.Names);
    }

    [Fact]
    public async Task Conformance_NamesTheMissingPieces_WhenATypeIsRegisteredWithoutThem()
    {
        using var factory = new ParPortalFactory();
        await using var scope = factory.Scope();
        var broken = new ContentTypeRegistry([new ArticleWithoutFormOrUrl(), .. ParPortalContentTypes.CreateRegistry().All.Where(t => t.Name != ContentTypes.Article)]);

        var problems = ContentTypeConformance.Problems(broken, factory.Db(scope).Model, typeof(ParPortalDbContext).Assembly);

        Assert.Contains(problems, p => p.Contains("no compiled editor view", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("is not under its public path", StringComparison.Ordinal));
    }

    [Fact]
    public void Registry_RefusesAnUnknownTypeName_NamingTheKnownOnes()
    {
        var registry = ParPortalContentTypes.CreateRegistry();

        var error = Assert.Throws<ContentValidationException>(() => registry.Require("Tin"));

        Assert.Contains("Article", error.Errors["type"][0], StringComparison.Ordinal);
        Assert.False(registry.IsKnown("article"));
        Assert.Equal("Tin, bài", registry.DisplayName(ContentTypes.Article));
        Assert.Equal("Cũ", registry.DisplayName("Cũ"));
    }

    [Fact]
    public void OwnerOfPath_FindsTheTypeOfAPublicPage_AndNoneForPagesThatMixTypes()
    {
        var registry = ParPortalContentTypes.CreateRegistry();

        Assert.Equal(ContentTypes.Procedure, registry.OwnerOfPath("/thu-tuc/cap-giay-phep")?.Name);
        Assert.Equal(ContentTypes.Hotline, registry.OwnerOfPath("/duong-day-nong")?.Name);
        Assert.Null(registry.OwnerOfPath("/"));
        Assert.Null(registry.OwnerOfPath("/chu-de/cai-cach"));
        Assert.Null(registry.OwnerOfPath("/thu-tuc-khac"));
    }

    private static readonly string[] ContentTypeNamesInOrder =
        [ContentTypes.Article, ContentTypes.Document, ContentTypes.Procedure, ContentTypes.Hotline, ContentTypes.IndexResult, ContentTypes.Plan, ContentTypes.Feedback];

    /// <summary>An article type registered with a form that does not exist and a URL outside its path.</summary>
    private sealed class ArticleWithoutFormOrUrl() : ContentTypeDefinition<ArticleVersion, ArticleInput>(ContentTypes.Article, "Tin, bài", "/tin-bai")
    {
        public override string EditorView => "/Features/Articles/Admin/_Missing.cshtml";

        protected override string? UrlOf(ContentItem item, ArticleVersion version) => "/khac/" + item.Slug;

        protected override ContentSearchText SearchTextOf(ArticleVersion version, Func<string?, string> plainText) => new(version.Body);
    }
}
