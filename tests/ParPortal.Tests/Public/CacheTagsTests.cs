using ParPortal.Content;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Hotlines;
using ParPortal.Features.IndexResults;
using ParPortal.Features.Plans;
using ParPortal.Features.Public;
using ParPortal.Features.Topics;
using ParPortal.Hosting;

namespace ParPortal.Tests.Public;

/// <summary>The pages each type declares for a change of its items, and which changes evict anything at all.</summary>
public sealed class CacheTagsTests
{
    private static readonly ContentTypeRegistry Types = ParPortalContentTypes.CreateRegistry();

    [Fact]
    public void CacheTagsOf_NamesTheArticlesPagesTopicsAndParentTopic_WhenAnArticleIsPublished()
    {
        var item = new ContentItem { ContentType = ContentTypes.Article, Slug = "bai-mot" };
        var version = new ArticleVersion { Title = "Bài một", Topics = [new Topic { Id = 7, ParentId = 3, Name = "Con", Slug = "con" }] };

        var tags = Types.Get(ContentTypes.Article).CacheTagsOf(item, version).ToHashSet();

        Assert.Equal(
            new HashSet<string> { "page:/tin-bai", "page:/tin-bai/bai-mot", CacheTags.Home, CacheTags.Sitemap, CacheTags.Search, CacheTags.NewsFeed, CacheTags.Topic(7), CacheTags.Topic(3) },
            tags);
    }

    [Fact]
    public void CacheTagsOf_PointsAtTheSharedPage_ForTypesWithoutPagesOfTheirOwn()
    {
        var hotline = Types.Get(ContentTypes.Hotline).CacheTagsOf(new ContentItem { ContentType = ContentTypes.Hotline, Slug = "so-mot" }, new HotlineVersion { Title = "Số một" });
        Assert.Contains(CacheTags.Page(HotlineType.Path), hotline);
        Assert.DoesNotContain(hotline, t => t.Contains('#', StringComparison.Ordinal));

        var index = Types.Get(ContentTypes.IndexResult).CacheTagsOf(new ContentItem { ContentType = ContentTypes.IndexResult, Slug = "par-2024" }, new IndexResultVersion { Title = "PAR 2024", IndexCode = "PARINDEX" });
        Assert.Contains("page:/chi-so/parindex", index);
        Assert.Empty(Types.Get(ContentTypes.Plan).CacheTagsOf(new ContentItem { ContentType = ContentTypes.Plan, Slug = "ke-hoach" }, new PlanVersion { Title = "Kế hoạch" }));
    }

    [Fact]
    public void TagsOf_IsEmptyForADraftSave_AndCoversTheVersionThatLeft_WhenAnEditIsPublished()
    {
        var item = new ContentItem { ContentType = ContentTypes.IndexResult, Slug = "ket-qua" };
        var before = new IndexResultVersion { Title = "Cũ", IndexCode = "PAPI" };
        var after = new IndexResultVersion { Title = "Mới", IndexCode = "PCI" };

        Assert.Empty(PublicCacheInvalidation.TagsOf(new ContentChange(ContentEvent.Saved, item, after, before), Types));
        var published = PublicCacheInvalidation.TagsOf(new ContentChange(ContentEvent.Published, item, after, after, before), Types);
        Assert.Contains("page:/chi-so/papi", published);
        Assert.Contains("page:/chi-so/pci", published);
        Assert.Contains("page:/chi-so/papi", PublicCacheInvalidation.TagsOf(new ContentChange(ContentEvent.Deleted, item, null, null, before), Types));
    }

    [Fact]
    public void ItemPageTagsOf_NamesOnlyTheItemsOwnPages_OfTheVersionThatLeftAndTheOneThatArrived()
    {
        var item = new ContentItem { ContentType = ContentTypes.IndexResult, Slug = "ket-qua" };
        var before = new IndexResultVersion { Title = "Cũ", IndexCode = "PAPI" };
        var after = new IndexResultVersion { Title = "Mới", IndexCode = "PCI" };

        Assert.Empty(PublicCacheInvalidation.ItemPageTagsOf(new ContentChange(ContentEvent.Saved, item, after, before), Types));
        Assert.Equal(new HashSet<string> { "page:/chi-so/papi", "page:/chi-so/pci" },
            PublicCacheInvalidation.ItemPageTagsOf(new ContentChange(ContentEvent.Published, item, after, after, before), Types));

        var article = new ContentItem { ContentType = ContentTypes.Article, Slug = "bai-mot" };
        var version = new ArticleVersion { Title = "Bài một" };
        var unpublished = PublicCacheInvalidation.ItemPageTagsOf(new ContentChange(ContentEvent.Unpublished, article, version, null, version), Types);
        Assert.Equal(new HashSet<string> { "page:/tin-bai/bai-mot" }, unpublished);
        Assert.DoesNotContain(CacheTags.Home, unpublished);
    }

    [Theory]
    [InlineData("/Tin-Bai/", "page:/tin-bai")]
    [InlineData("/duong-day-nong#so-mot", "page:/duong-day-nong")]
    [InlineData("/tim-kiem?q=thu+tuc", "page:/tim-kiem")]
    [InlineData("/", "page:/")]
    public void Page_IgnoresCaseTrailingSlashQueryAndFragment(string path, string tag) => Assert.Equal(tag, CacheTags.Page(path));
}
