using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Media;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Editor;

/// <summary>
/// The media library as the editor's image dialog uses it: an image upload through the media store's checks, with
/// alt text required and the antiforgery token in a header, and the list of images with thumbnails and search.
/// </summary>
public sealed class MediaLibraryTests(AdminHost factory) : IClassFixture<AdminHost>
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string name, string? alt, bool withToken = true)
    {
        var html = await client.GetStringAsync("/admin/content/new/Article");
        var token = new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media/library?handler=Upload")
        {
            Content = new MultipartFormDataContent { { new StringContent(alt ?? string.Empty), "altText" }, { new ByteArrayContent(bytes), "file", name } },
        };
        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Upload_StoresTheImageAndAnswersItsPaths_WhenAltTextIsGiven()
    {
        await factory.AdminClientAsync();
        await factory.EnsureUserAsync("ctv.media." + run, Roles.Contributor, AdminTestData.UnitA);
        var client = await factory.LoginAsync("ctv.media." + run);

        var response = await UploadAsync(client, TestImages.Png(1200, 800), $"anh-{run}.png", "Quầy tiếp nhận hồ sơ một cửa");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var image = await response.Content.ReadFromJsonAsync<JsonElement>();
        var src = image.GetProperty("src").GetString()!;
        Assert.StartsWith("/media/", src);
        Assert.True(image.GetProperty("width").GetInt32() is > 0 and <= 960);
        Assert.Equal("Quầy tiếp nhận hồ sơ một cửa", image.GetProperty("alt").GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(src)).StatusCode);
        await using var scope = factory.Scope();
        var stored = await factory.Db(scope).MediaFiles.SingleAsync(f => f.OriginalFileName == $"anh-{run}.png");
        Assert.Equal(("Quầy tiếp nhận hồ sơ một cửa", "ctv.media." + run), (stored.AltText, stored.CreatedBy));
    }

    [Fact]
    public async Task Upload_RefusesAndKeepsNothing_WhenAltTextIsMissing()
    {
        var admin = await factory.AdminClientAsync();
        int Files() => Directory.Exists(MediaRoot()) ? Directory.EnumerateFiles(MediaRoot(), "*", SearchOption.AllDirectories).Count() : 0;
        var before = Files();

        var response = await UploadAsync(admin, TestImages.Png(300, 200), $"khong-mo-ta-{run}.png", "  ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("mô tả", problem.GetProperty("errors").GetProperty("altText")[0].GetString());
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).MediaFiles.AnyAsync(f => f.OriginalFileName == $"khong-mo-ta-{run}.png"));
        Assert.Equal(before, Files());
    }

    [Fact]
    public async Task Upload_RefusesADocument_WhenOnlyImagesAreAccepted()
    {
        var admin = await factory.AdminClientAsync();
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

        var response = await UploadAsync(admin, pdf, $"van-ban-{run}.pdf", "Văn bản");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).MediaFiles.AnyAsync(f => f.OriginalFileName == $"van-ban-{run}.pdf"));
    }

    [Fact]
    public async Task Upload_IsRefused_WithoutTheAntiforgeryToken()
    {
        var admin = await factory.AdminClientAsync();

        var response = await UploadAsync(admin, TestImages.Png(64, 64), $"khong-token-{run}.png", "Ảnh", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).MediaFiles.AnyAsync(f => f.OriginalFileName == $"khong-token-{run}.png"));
    }

    [Fact]
    public async Task Library_ListsImagesWithThumbnailsAndFindsThemByDescription_WhenSearched()
    {
        var admin = await factory.AdminClientAsync();
        await UploadAsync(admin, TestImages.Png(800, 600), $"hoi-nghi-{run}.png", $"Hội nghị {run} triển khai");
        await UploadAsync(admin, TestImages.Png(800, 600), $"khac-{run}.png", $"Ảnh khác {run}");

        var found = await admin.GetFromJsonAsync<JsonElement>($"/admin/media/library?q=h%E1%BB%99i+ngh%E1%BB%8B+{run}");

        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal($"Hội nghị {run} triển khai", item.GetProperty("alt").GetString());
        Assert.StartsWith("/media/", item.GetProperty("thumb").GetString());
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Library_IsForbidden_WhenTheUserMayNotManageMedia()
    {
        await factory.AdminClientAsync();
        await factory.EnsureUserAsync("vanphong." + run, Roles.Office);
        var office = await factory.LoginAsync("vanphong." + run);

        var response = await office.GetAsync("/admin/media/library");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery);
    }

    private string MediaRoot()
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MediaStore>().RootPath;
    }
}
