using System.Text;
using AngleSharp.Html.Parser;
using ParPortal.Features.Users;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security.BadInput;

/// <summary>Files that are not what they claim, too big in pixels, empty or hostile, on the media and import forms.</summary>
public sealed class BadUploadTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly (string Name, byte[] Bytes)[] Files =
    [
        ("rong.jpg", []),
        ("van-ban.jpg", Encoding.UTF8.GetBytes("Không phải ảnh")),
        ("trang.png", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")),
        ("hinh.svg", Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")),
        ("chay.exe", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0]),
        ("nen.zip", [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0]),
        ("cut.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F']),
        ("cut.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]),
        ("bom.png", PngHeader(100_000, 100_000)),
        ("bom2.png", PngHeader(1, int.MaxValue)),
        ("cut.gif", Encoding.ASCII.GetBytes("GIF89a")),
        ("cut.webp", Encoding.ASCII.GetBytes("RIFF\u0004\0\0\0WEBP")),
        ("../../etc/passwd.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")),
        ("tên\u0001\u0000.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")),
        ("hồ sơ.docx", [(byte)'P', (byte)'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ];

    [Fact]
    public async Task MediaAndImportForms_RefuseOrCleanEveryBadFile_WithoutLeavingFilesOrRows()
    {
        using var factory = new ParPortalFactory();
        await factory.CreateUserAsync("bu-editor", Roles.Editor);
        using var admin = await factory.LoginAsync("bu-editor");
        var harness = new BadInputHarness(factory, output);

        foreach (var (name, bytes) in Files)
        {
            await harness.CheckAsync("media " + name, () => PostFileAsync(admin, "/admin/media", "/admin/media?handler=Upload", "file", name, bytes, new() { ["altText"] = "Mô tả" }), isForm: true);
            await harness.CheckAsync("import " + name, () => PostFileAsync(admin, "/admin/procedures/import", "/admin/procedures/import?handler=Preview", "file", name, bytes, []), isForm: true);
        }

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
        await harness.CheckAsync("media alt text of 10,000 characters", () => PostFileAsync(admin, "/admin/media", "/admin/media?handler=Upload", "file", "a.pdf", pdf, new() { ["altText"] = new string('a', 10_000) }), Expect.Refused, isForm: true);
        await harness.CheckAsync("media without a file", () => PostFileAsync(admin, "/admin/media", "/admin/media?handler=Upload", "other", "a.pdf", pdf, []), Expect.Refused, isForm: true);
        await harness.CheckAsync("import without a file", () => PostFileAsync(admin, "/admin/procedures/import", "/admin/procedures/import?handler=Preview", "other", "a.xlsx", pdf, []), Expect.Refused, isForm: true);
        await harness.CheckAsync("import commit of an unknown upload", () => admin.PostFormAsync("/admin/procedures/import?handler=Commit", new() { ["uploadId"] = Guid.NewGuid().ToString(), ["fingerprint"] = "x" }, "/admin/procedures/import"), Expect.Refused, isForm: true);

        harness.AssertNoFailures(atLeast: 30);
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string page, string url, string field, string name, byte[] bytes, Dictionary<string, string> fields)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        var token = new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        form.Add(new ByteArrayContent(bytes), field, name);
        return await client.PostAsync(url, form);
    }

    private static byte[] PngHeader(int width, int height)
    {
        var bytes = new List<byte> { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R' };
        bytes.AddRange(BitConverter.GetBytes(width).Reverse());
        bytes.AddRange(BitConverter.GetBytes(height).Reverse());
        bytes.AddRange([8, 6, 0, 0, 0, 0, 0, 0, 0]);
        return [.. bytes];
    }
}
