using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using ParPortal.Tests.Infrastructure;
using ParPortal.Tests.Plans.Import;

namespace ParPortal.Tests.Plans;

/// <summary>
/// The office's plan pages besides the dashboard: the editor's live check, import from the agency's file, and the
/// report's narrative. Each is for the plan permission only, needs the antiforgery token, and answers bad input in
/// Vietnamese without saving anything. This class has its own demo site (it saves report narratives).
/// </summary>
public sealed class PlanAdminPagesTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private const string EditorPage = "/admin/content/new/Plan";

    [Fact]
    public async Task Check_ReturnsSaveMessagesAndReadBack_WhenOfficePostsTheEditor()
    {
        var client = await factory.LoginAsync("vanphong");
        var response = await client.PostFormAsync("/admin/plans/check", new()
        {
            ["Input.Title"] = "Kế hoạch đang soạn",
            ["Input.Number"] = "03/KH-THU",
            ["Input.Year"] = "2026",
            ["Plan.Tasks[0].Code"] = "1.1",
            ["Plan.Tasks[0].Content"] = "Đăng tin tuyên truyền",
            ["Plan.Tasks[0].Rules[0].Kind"] = "count",
            ["Plan.Tasks[0].Rules[0].Min"] = "3",
            ["Plan.Tasks[0].Rules[0].Types"] = "Article",
            ["Plan.Tasks[0].Rules[0].WindowKind"] = "FirstHalf",
            ["Plan.Tasks[3].Code"] = "1.2",
            ["Plan.Tasks[3].Content"] = "Ban hành kế hoạch",
            ["Plan.Tasks[3].Rules[2].Kind"] = "deliverable",
        }, EditorPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Nhiệm vụ 1.2, quy tắc 1: thiếu hạn hoàn thành."], json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        var readBack = json.RootElement.GetProperty("readBack");
        Assert.Equal("6 tháng đầu năm: ít nhất 03 tin, bài", readBack.GetProperty("0.0").GetString());
        Assert.Contains("(chưa nhập hạn)", readBack.GetProperty("3.2").GetString());
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Plans.AnyAsync(p => p.Number == "03/KH-THU"));
    }

    [Fact]
    public async Task Check_Returns400_WhenTheAntiforgeryTokenIsMissing()
    {
        var client = await factory.LoginAsync("vanphong");
        var response = await client.PostAsync("/admin/plans/check", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Year"] = "2026" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/plans/import")]
    [InlineData("/admin/content/new/Plan")]
    [InlineData("/admin/plans/check")]
    public async Task PlanPages_RedirectToDenied_WhenContributor(string url)
    {
        var client = await factory.LoginAsync("congtacvien.vt");
        var get = await client.GetAsync(url);
        // A valid token (from a page the contributor may open), so that only the permission can refuse the post.
        var post = await client.PostFormAsync(url, new() { ["Input.Title"] = "Kế hoạch của cộng tác viên", ["Input.Year"] = "2026" }, "/admin/content/new/Article");

        Assert.All([get, post], r => Assert.StartsWith("/admin/denied", DeniedPath(r)));
    }

    [Fact]
    public async Task Contributor_IsNotOfferedToCreateAPlan_WhenOnContentOrDashboard()
    {
        var contributor = await factory.LoginAsync("congtacvien.vt");
        var office = await factory.LoginAsync("vanphong");

        Assert.DoesNotContain("/admin/content/new/Plan", await contributor.GetStringAsync("/admin/content"));
        Assert.DoesNotContain("/admin/content/new/Plan", await contributor.GetStringAsync("/admin/dashboard"));
        var dashboard = await office.GetStringAsync("/admin/dashboard");
        Assert.Contains("href=\"/admin/content/new/Plan\"", dashboard);
        Assert.Contains("href=\"/admin/plans/import\"", dashboard);
    }

    [Fact]
    public async Task Import_FillsTheEditorWithoutSaving_WhenOfficeUploadsTheAgencyText()
    {
        var client = await factory.LoginAsync("vanphong");
        var seed = await File.ReadAllBytesAsync(Path.Combine(PlanImportApiTests.RepoRoot(), "..", "shared", "seeds", "004_252965e07a3718f5.txt"));
        await using var before = factory.Scope();
        var plans = await factory.Db(before).Plans.CountAsync();

        var response = await UploadAsync(client, "ke-hoach.txt", "text/plain", seed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var codes = doc.QuerySelectorAll("form[action='/admin/content/new/Plan'] [data-list='tasks'] > fieldset input[name$='].Code']")
            .Select(i => i.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).ToList();
        Assert.Contains("2.11", codes);
        Assert.True(codes.Count >= 15, $"expected the plan's tasks in the editor, got {codes.Count}");
        Assert.Contains("2024", doc.QuerySelector("#Input_Year")!.GetAttribute("value"));
        Assert.NotNull(doc.QuerySelector("form[action='/admin/content/new/Plan'] input[name=__RequestVerificationToken]"));
        await using var after = factory.Scope();
        Assert.Equal(plans, await factory.Db(after).Plans.CountAsync());
    }

    [Theory]
    [InlineData("thu-moi.txt", "Kính mời các đồng chí dự họp.", "không phải là kế hoạch")]
    [InlineData("rong.txt", "", "Hãy chọn tệp kế hoạch")]
    [InlineData("ke-hoach.docx", "không phải tệp zip", "không phải là văn bản Word (.docx) hợp lệ")]
    public async Task Import_ShowsVietnameseMessage_WhenFileIsNoPlan(string name, string content, string expected)
    {
        var client = await factory.LoginAsync("vanphong");
        var type = name.EndsWith(".docx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "text/plain";

        var response = await UploadAsync(client, name, type, Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, doc.QuerySelector("#err-file")!.TextContent);
        Assert.Null(doc.QuerySelector("#read-heading"));
    }

    [Fact]
    public async Task Import_Returns400_WhenTheAntiforgeryTokenIsMissing()
    {
        var client = await factory.LoginAsync("vanphong");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("KẾ HOẠCH"u8.ToArray()), "file", "a.txt" } };

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/admin/plans/import", form)).StatusCode);
    }

    [Fact]
    public async Task ReportPage_SavesTheNarrativePerPeriod_WhenOfficeWritesIt()
    {
        var client = await factory.LoginAsync("vanphong");
        var url = $"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}/bao-cao?period=" + Uri.EscapeDataString("6 tháng đầu năm 2024");
        var response = await client.PostFormAsync(url, new()
        {
            ["Form.Number"] = "15/BC-SGTVT",
            ["Form.ReportDate"] = "2024-07-05",
            ["Form.Achievements"] = "Đã đăng 20 tin, bài tuyên truyền.",
            ["Form.Recipients"] = "UBND tỉnh (b/c);\nLưu: VT.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        Assert.Equal("15/BC-SGTVT", page.QuerySelector("#Form_Number")!.GetAttribute("value"));
        Assert.Equal("2024-07-05", page.QuerySelector("#Form_ReportDate")!.GetAttribute("value"));
        Assert.Equal("Đã đăng 20 tin, bài tuyên truyền.", page.QuerySelector("#Form_Achievements")!.TextContent.Trim());
        var yearPage = new HtmlParser().ParseDocument(await client.GetStringAsync(url[..url.IndexOf('?')]));
        Assert.Equal(string.Empty, yearPage.QuerySelector("#Form_Achievements")!.TextContent.Trim());
    }

    [Fact]
    public async Task ReportPage_ShowsVietnameseMessageAndSavesNothing_WhenDateOrNumberBad()
    {
        var client = await factory.LoginAsync("vanphong");
        var url = $"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}/bao-cao?period=" + Uri.EscapeDataString("Năm 2024");

        var badDate = await client.PostFormAsync(url, new() { ["Form.ReportDate"] = "31/02/2024", ["Form.Achievements"] = "Không được lưu" });
        var longNumber = await client.PostFormAsync(url, new() { ["Form.Number"] = new string('1', 101), ["Form.Achievements"] = "Không được lưu" });

        var dateDoc = new HtmlParser().ParseDocument(await badDate.Content.ReadAsStringAsync());
        Assert.Contains("Ngày báo cáo: “31/02/2024” không phải là ngày", dateDoc.QuerySelector("#err-reportDate")!.TextContent);
        var numberDoc = new HtmlParser().ParseDocument(await longNumber.Content.ReadAsStringAsync());
        Assert.Contains("Số báo cáo", numberDoc.QuerySelector("#err-number")!.TextContent);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Set<ParPortal.Features.Plans.Reports.PlanReportNarrative>().AnyAsync(n => n.Achievements == "Không được lưu"));
    }

    [Fact]
    public async Task ReportPage_Returns404_WhenPeriodUnknown_AndDeniesContributor()
    {
        var planId = await PlanTestData.PlanIdAsync(factory);
        var office = await factory.LoginAsync("vanphong");
        var contributor = await factory.LoginAsync("congtacvien.vt");

        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/admin/dashboard/{planId}/bao-cao?period=Quý%209")).StatusCode);
        var denied = await contributor.GetAsync($"/admin/dashboard/{planId}/bao-cao");
        Assert.StartsWith("/admin/denied", DeniedPath(denied));
    }

    private static string DeniedPath(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
    }

    /// <summary>Posts a file to the import page as its form does: multipart, with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, string type, byte[] bytes)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/admin/plans/import"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("GTVT"), "issuingUnit" },
        };
        if (bytes.Length > 0)
        {
            form.Add(file, "file", name);
        }

        return await client.PostAsync("/admin/plans/import", form);
    }
}
