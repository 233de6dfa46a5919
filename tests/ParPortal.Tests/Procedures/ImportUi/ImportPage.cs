using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ParPortal.Features.Procedures.Import;

namespace ParPortal.Tests.Procedures.ImportUi;

/// <summary>Drives /admin/procedures/import through its real forms (multipart upload and confirm, with antiforgery).</summary>
internal static class ImportPage
{
    public const string Url = "/admin/procedures/import";

    public static byte[] Xlsx(IEnumerable<ProcedureRecord> records)
    {
        using var stream = new MemoryStream();
        ProcedureSpreadsheetWriter.Write(stream, records);
        return stream.ToArray();
    }

    public static async Task<IHtmlDocument> UploadAsync(HttpClient client, byte[] bytes, string fileName = "Danh sách TTHC.xlsx", bool markMissing = false)
    {
        var token = await TokenAsync(client, Url);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(markMissing ? "true" : "false"), "markMissing");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        var response = await client.PostAsync(Url + "?handler=Preview", form);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the confirm form exactly as the preview rendered it.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, IHtmlDocument preview)
    {
        var form = preview.QuerySelector("form[action*='handler=Commit']");
        Assert.NotNull(form);
        var fields = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        return await client.PostAsync(Url + "?handler=Commit", new FormUrlEncodedContent(fields));
    }

    public static int Count(IHtmlDocument page, string what) =>
        int.Parse(page.QuerySelector($"[data-count={what}]")!.TextContent);

    public static string Errors(IHtmlDocument page) =>
        string.Join(" ", page.QuerySelectorAll(".errors").Select(e => e.TextContent));

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        var token = new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), "No antiforgery token on " + url);
        return token!;
    }
}
