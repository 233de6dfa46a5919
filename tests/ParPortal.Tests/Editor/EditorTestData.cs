using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Editor;

/// <summary>Articles the editor tests make for themselves, through the content manager as every path does.</summary>
public static class EditorTestData
{
    public static async Task<Guid> CreateArticleAsync(this ParPortalFactory factory, string title, string body, string? unit, bool publish = false, string actor = "test")
    {
        await using var scope = factory.Scope();
        var mapper = scope.ServiceProvider.GetRequiredService<ContentInputMapper>();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var version = await mapper.ToVersionAsync(new ArticleInput { Title = title, Body = body, Unit = unit, Summary = "Tóm tắt " + title });
        var item = await manager.CreateAsync(version, null, actor);
        if (publish)
        {
            await manager.PublishAsync(item.Id, actor);
        }

        return item.Id;
    }

    /// <summary>Saves a new version of an article (title and body) as <paramref name="actor"/>.</summary>
    public static async Task SaveArticleAsync(this ParPortalFactory factory, Guid id, int baseVersion, string title, string body, string actor = "test")
    {
        await using var scope = factory.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        await manager.SaveAsync(id, baseVersion, v =>
        {
            v.Title = title;
            ((ArticleVersion)v).Body = body;
        }, actor);
    }
}
