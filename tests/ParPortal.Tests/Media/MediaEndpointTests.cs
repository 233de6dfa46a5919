using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Media;

namespace ParPortal.Tests.Media;

public sealed class MediaEndpointTests
{
    private static async Task<(WebApplication App, HttpClient Client, MediaStore Store, InMemoryMediaFileLookup Lookup)> StartAsync(MediaTestFiles files)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["ParPortal:Media:RootPath"] = files.MediaRoot;
        builder.Services.AddParPortalMedia(builder.Configuration);
        var lookup = new InMemoryMediaFileLookup();
        builder.Services.AddSingleton<IMediaFileLookup>(lookup);
        var app = builder.Build();
        app.MapParPortalMedia();
        await app.StartAsync();
        return (app, app.GetTestClient(), app.Services.GetRequiredService<MediaStore>(), lookup);
    }

    [Fact]
    public async Task MapParPortalMedia_SendsAttachmentWithVietnameseName_WhenDocumentIsRequested()
    {
        using var files = new MediaTestFiles();
        var (app, client, store, lookup) = await StartAsync(files);
        await using var _ = app;
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        // NFD input must come back NFC.
        var media = await store.SaveAsync(new MemoryStream(pdf), "Báo cáo tháng 3.pdf".Normalize(NormalizationForm.FormD), "application/octet-stream", "editor");
        lookup.Add(media);

        var response = await client.GetAsync(MediaUrls.Variant(media.Id, media.Variants[0]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var raw = string.Join("", response.Content.Headers.GetValues("Content-Disposition"));
        Assert.Contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20th%C3%A1ng%203.pdf", raw);
        Assert.Contains("filename=\"Bao cao thang 3.pdf\"", raw);
        var parsed = ContentDispositionHeaderValue.Parse(raw);
        Assert.Equal("attachment", parsed.DispositionType);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Báo cáo tháng 3.pdf", media.OriginalFileName);
    }

    [Fact]
    public async Task MapParPortalMedia_SendsImmutableCacheAndEtag_WhenImageVariantIsRequested()
    {
        using var files = new MediaTestFiles();
        var (app, client, store, lookup) = await StartAsync(files);
        await using var _ = app;
        var media = await store.SaveAsync(new MemoryStream(files.Jpeg(700, 400)), "ảnh.jpg", "image/jpeg", null);
        lookup.Add(media);
        var url = MediaUrls.Variant(media.Id, media.FindVariant("480.webp")!);

        var first = await client.GetAsync(url);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);
        var missing = await client.GetAsync($"/media/{media.Id:N}/..%2F..%2Fetc%2Fpasswd");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/webp", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl?.ToString());
        Assert.Null(first.Content.Headers.ContentDisposition);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Picture_RendersWebpSourceJpegFallbackAndSize_WhenVariantsExist()
    {
        using var files = new MediaTestFiles();
        var store = files.Store(files.Options());
        var media = await store.SaveAsync(new MemoryStream(files.Jpeg(1000, 500)), "a.jpg", null, null);

        var html = MediaHtml.Picture(media, "Lễ ký kết \"CCHC\"", "(max-width: 600px) 100vw, 960px");
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var s = writer.ToString();

        Assert.StartsWith("<picture><source type=\"image/webp\" srcset=\"", s);
        Assert.Contains($"/media/{media.Id:N}/480.webp 480w, /media/{media.Id:N}/960.webp 960w, /media/{media.Id:N}/original.webp 1000w", s);
        Assert.Contains($"src=\"/media/{media.Id:N}/960.jpg\"", s);
        Assert.Contains("width=\"1000\" height=\"500\"", s);
        Assert.Contains("alt=\"Lễ ký kết &quot;CCHC&quot;\"", s);
        Assert.Contains("loading=\"lazy\"", s);
    }
}
