using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Media;
using ParPortal.Features.Recipes;
using ParPortal.Tests.Infrastructure;
using ParPortal.Tests.Media;

namespace ParPortal.Tests.Recipes;

/// <summary>Files a recipe ships beside itself go through the media pipeline and are linked by their media address.</summary>
public sealed class RecipeFilesTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();
    private readonly MediaTestFiles _files = new();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    public void Dispose()
    {
        _factory.Dispose();
        _files.Dispose();
    }

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<< /Title (Ke hoach) >>endobj\ntrailer<< /Info 1 0 R >>\n%%EOF\n");

    /// <summary>A recipe folder holding <c>tep/ke-hoach.pdf</c> and <c>tep/anh.jpg</c>.</summary>
    private string Folder()
    {
        var folder = Path.Combine(_files.Folder, "recipe");
        Directory.CreateDirectory(Path.Combine(folder, "tep"));
        File.WriteAllBytes(Path.Combine(folder, "tep", "ke-hoach.pdf"), Pdf);
        File.WriteAllBytes(Path.Combine(folder, "tep", "anh.jpg"), MediaTestFiles.WithExif(_files.Jpeg(1200, 675), 1));
        return folder;
    }

    private string Recipe(string fileUrl, string imageUrl, string secondPhones = "0233 3852 000") => $$"""
        { "name": "tep-{{_run}}", "steps": [ { "step": "content", "items": [
          { "type": "Document", "key": "d-{{_run}}", "title": "Kế hoạch thử {{_run}}", "summary": "Tóm tắt", "topics": [],
            "state": "Published", "publishedAt": "2026-01-05T08:00:00+07:00", "number": "01/KH-{{_run}}", "documentType": "Kế hoạch",
            "files": [ { "name": "01-KH-{{_run}} (bản ký).pdf", "url": "{{fileUrl}}" } ] },
          { "type": "Article", "key": "a-{{_run}}", "title": "Tin có ảnh {{_run}}", "summary": "Tóm tắt", "topics": [], "state": "Published",
            "publishedAt": "2026-01-05T08:00:00+07:00", "body": "<p>Nội dung</p>", "imageUrl": "{{imageUrl}}",
            "imageAlt": "Người dân nộp hồ sơ tại bộ phận một cửa", "imageCaption": "Ảnh minh họa" },
          { "type": "Hotline", "key": "h-{{_run}}", "title": "Đường dây nóng {{_run}}", "state": "Published",
            "publishedAt": "2026-01-05T08:00:00+07:00", "purpose": "Phản ánh TTHC", "phones": ["{{secondPhones}}"] }
        ] } ] }
        """;

    private async Task<RecipeResult> ImportAsync(string json, string folder)
    {
        _ = _factory.Server;
        await using var scope = _factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportAsync(json, "test", folder);
    }

    private string MediaRoot()
    {
        using var scope = _factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MediaStore>().RootPath;
    }

    [Fact]
    public async Task Import_StoresFilesInMediaLibraryAndLinksThem_WhenItemsNameFilesBesideRecipe()
    {
        var folder = Folder();

        await ImportAsync(Recipe("tep/ke-hoach.pdf", "tep/anh.jpg"), folder);

        await using var scope = _factory.Scope();
        var db = _factory.Db(scope);
        var document = await db.Documents.SingleAsync(d => d.Item.ExternalKey == $"d-{_run}");
        var link = Assert.Single(document.Files);
        Assert.Equal($"01-KH-{_run} (bản ký).pdf", link.Name);
        var pdf = await db.MediaFiles.SingleAsync(f => f.OriginalFileName == link.Name);
        Assert.Equal(MediaUrls.Variant(pdf.Id, pdf.Variants[0]), link.Url);
        Assert.Equal("application/pdf", pdf.ContentType);

        var article = await db.Articles.SingleAsync(a => a.Item.ExternalKey == $"a-{_run}");
        var image = await db.MediaFiles.SingleAsync(f => f.AltText == "Người dân nộp hồ sơ tại bộ phận một cửa");
        Assert.Equal(MediaUrls.Variant(image.Id, image.FindVariant("original.jpg")!), article.ImageUrl);
        Assert.Contains(image.Variants, v => v.Name == "960.webp");
        var store = scope.ServiceProvider.GetRequiredService<MediaStore>();
        Assert.All(image.Variants, v => Assert.True(File.Exists(store.GetPhysicalPath(v)), v.Name));
        Assert.False(MediaTestFiles.Contains(await File.ReadAllBytesAsync(store.GetPhysicalPath(image.FindVariant("original.jpg")!)), MediaTestFiles.CameraMake));
    }

    [Fact]
    public async Task Import_RefusesAndStoresNothing_WhenPathLeavesRecipeFolder()
    {
        var folder = Folder();
        File.WriteAllBytes(Path.Combine(_files.Folder, "ngoai.pdf"), Pdf);

        var e = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(Recipe("../ngoai.pdf", "tep/anh.jpg"), folder));

        Assert.Contains("ngoài thư mục", e.Message);
        Assert.Contains($"d-{_run}", e.Message);
        await using var scope = _factory.Scope();
        Assert.Equal(0, await _factory.Db(scope).MediaFiles.CountAsync());
    }

    [Fact]
    public async Task Import_RemovesStoredFiles_WhenALaterItemFails()
    {
        var folder = Folder();

        var e = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(Recipe("tep/ke-hoach.pdf", "tep/anh.jpg", secondPhones: "gọi tôi"), folder));

        Assert.Contains("phones", e.Message);
        await using var scope = _factory.Scope();
        Assert.Equal(0, await _factory.Db(scope).MediaFiles.CountAsync());
        var root = MediaRoot();
        Assert.Empty(Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Import_NamesTheFile_WhenItIsMissing()
    {
        var folder = Folder();

        var e = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(Recipe("tep/khong-co.pdf", "tep/anh.jpg"), folder));

        Assert.Contains("tep/khong-co.pdf", e.Message);
        Assert.Contains("url", e.Message);
    }
}
