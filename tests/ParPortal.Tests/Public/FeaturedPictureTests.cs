using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Media;
using ParPortal.Tests.Editor;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Public;

/// <summary>Featured pictures from the media library on the home page, the lists and the article, with every stored width.</summary>
public sealed class FeaturedPictureTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(MediaFile File, string Slug)> ArticleWithPictureAsync()
    {
        _ = _factory.CreateClient();
        await using var scope = _factory.Scope();
        var store = scope.ServiceProvider.GetRequiredService<MediaStore>();
        var file = await store.SaveAsync(new MemoryStream(TestImages.Png(1600, 900)), "hoi-nghi.png", "image/png", "test");
        file.AltText = "Hội nghị triển khai";
        var db = _factory.Db(scope);
        db.MediaFiles.Add(file);
        await db.SaveChangesAsync();
        var path = MediaUrls.Variant(file.Id, file.Variants.Where(v => v.Format != "webp").MaxBy(v => v.Width)!);
        var version = await scope.ServiceProvider.GetRequiredService<ContentInputMapper>().ToVersionAsync(new ArticleInput
        {
            Title = "Hội nghị triển khai cải cách hành chính",
            Body = "<p>Nội dung.</p>",
            Summary = "Tóm tắt",
            ImageUrl = path,
            ImageAlt = "Toàn cảnh hội nghị",
            ImageCaption = "Quang cảnh hội nghị",
        });
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await manager.CreateAsync(version, null, "test");
        await manager.PublishAsync(item.Id, "test");
        return (file, item.Slug);
    }

    [Fact]
    public async Task HomeListAndArticle_OfferEveryStoredWidth_WhenTheFeaturedImageIsAnUpload()
    {
        var (file, slug) = await ArticleWithPictureAsync();
        var client = _factory.CreateClient();
        var widths = file.Variants.Where(v => v.Format == "webp").Select(v => $"{v.Width}w").ToList();
        Assert.True(widths.Count >= 2, "libvips should make several widths of a 1600 px image.");

        var home = await client.GetPageAsync("/");
        var list = await client.GetPageAsync("/tin-bai");
        var article = await client.GetPageAsync("/tin-bai/" + slug);

        var lead = home.QuerySelector(".lead-story picture source[type='image/webp']")!;
        Assert.All(widths, w => Assert.Contains(w, lead.GetAttribute("srcset")));
        Assert.Null(home.QuerySelector(".lead-story img")!.GetAttribute("loading"));
        var thumb = list.QuerySelector(".items li.has-image .thumb picture source")!;
        Assert.All(widths, w => Assert.Contains(w, thumb.GetAttribute("srcset")));
        Assert.Equal(string.Empty, list.QuerySelector(".items li.has-image .thumb img")!.GetAttribute("alt"));
        var figure = article.QuerySelector("figure.featured")!;
        Assert.Equal("Toàn cảnh hội nghị", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Contains(widths[0], figure.QuerySelector("source")!.GetAttribute("srcset"));
        Assert.Equal("Quang cảnh hội nghị", figure.QuerySelector("figcaption")!.TextContent);
    }
}
