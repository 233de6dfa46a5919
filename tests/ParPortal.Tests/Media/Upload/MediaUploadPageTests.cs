using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Media;
using ParPortal.Features.Users;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Media.Upload;

public class MediaUploadPageTests
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string? alt)
    {
        var html = await (await client.GetAsync("/admin/media")).Content.ReadAsStringAsync();
        var token = new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(alt ?? string.Empty), "altText" },
            { new ByteArrayContent(bytes), "file", fileName },
        };
        return await client.PostAsync("/admin/media?handler=Upload", form);
    }

    private async Task<HttpClient> UserAsync(ParPortalFactory factory, string role)
    {
        await factory.CreateUserAsync(role + run, role);
        return await factory.LoginAsync(role + run);
    }

    [Fact]
    public async Task Upload_StoresRowAndStrippedFiles_WhenJpegHasGpsExif()
    {
        using var factory = new ParPortalFactory();
        using var files = new MediaTestFiles();
        var client = await UserAsync(factory, Roles.Contributor);
        var jpeg = MediaTestFiles.WithExif(files.Jpeg(1200, 800), 1);
        Assert.True(MediaTestFiles.Contains(jpeg, MediaTestFiles.CameraMake));

        var response = await UploadAsync(client, jpeg, $"Ảnh hội nghị {run}.jpg", "Hội nghị triển khai CCHC");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Scope();
        var stored = await factory.Db(scope).MediaFiles.SingleAsync(f => f.OriginalFileName == $"Ảnh hội nghị {run}.jpg");
        Assert.Equal("Hội nghị triển khai CCHC", stored.AltText);
        var store = scope.ServiceProvider.GetRequiredService<MediaStore>();
        Assert.NotEmpty(stored.Variants);
        Assert.All(stored.Variants, v => Assert.True(File.Exists(store.GetPhysicalPath(v))));
        var served = await factory.CreateClient().GetAsync(MediaUrls.Variant(stored.Id, stored.Variants[0]));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("max-age=31536000", served.Headers.CacheControl!.ToString());
        Assert.False(MediaTestFiles.Contains(await served.Content.ReadAsByteArrayAsync(), MediaTestFiles.CameraMake));
        var list = await (await client.GetAsync("/admin/media")).Content.ReadAsStringAsync();
        Assert.Contains("alt=\"Hội nghị triển khai CCHC\"", list);
    }

    [Fact]
    public async Task Upload_ShowsVietnameseErrorAndStoresNothing_WhenFileIsRenamedExecutable()
    {
        using var factory = new ParPortalFactory();
        var client = await UserAsync(factory, Roles.Editor);
        var exe = new byte[4096];
        exe[0] = (byte)'M';
        exe[1] = (byte)'Z';

        var response = await UploadAsync(client, exe, $"anh-{run}.jpg", "Ảnh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Định dạng tệp không được hỗ trợ", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).MediaFiles.AnyAsync(f => f.OriginalFileName.Contains(run)));
        var root = scope.ServiceProvider.GetRequiredService<MediaStore>().RootPath;
        Assert.Empty(Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Upload_RefusesImageAndRemovesFiles_WhenAltTextMissing()
    {
        using var factory = new ParPortalFactory();
        using var files = new MediaTestFiles();
        var client = await UserAsync(factory, Roles.Editor);

        var response = await UploadAsync(client, files.Jpeg(64, 64), $"khong-mo-ta-{run}.jpg", null);

        Assert.Contains("Ảnh cần có mô tả", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).MediaFiles.AnyAsync(f => f.OriginalFileName.Contains(run)));
        var root = scope.ServiceProvider.GetRequiredService<MediaStore>().RootPath;
        Assert.Empty(Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Delete_RemovesRowAndFiles_WhenEditorDeletes()
    {
        using var factory = new ParPortalFactory();
        using var files = new MediaTestFiles();
        var client = await UserAsync(factory, Roles.Editor);
        await UploadAsync(client, files.Jpeg(64, 64), $"xoa-{run}.jpg", "Ảnh để xóa");
        await using var scope = factory.Scope();
        var stored = await factory.Db(scope).MediaFiles.AsNoTracking().SingleAsync(f => f.OriginalFileName == $"xoa-{run}.jpg");
        var path = scope.ServiceProvider.GetRequiredService<MediaStore>().GetPhysicalPath(stored.Variants[0]);

        var response = await client.PostFormAsync($"/admin/media?handler=Delete&id={stored.Id}", [], "/admin/media");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.Db(scope).MediaFiles.AnyAsync(f => f.Id == stored.Id));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task MediaPage_IsForbidden_WhenUserIsOffice()
    {
        using var factory = new ParPortalFactory();
        var client = await UserAsync(factory, Roles.Office);

        var response = await client.GetAsync("/admin/media");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery);
    }
}
