using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Plans.Reports;
using ParPortal.Tests.Infrastructure;
using ParPortal.Tests.Plans.Reports;

namespace ParPortal.Tests.Plans;

/// <summary>
/// The report of the demo plan, downloaded as the office does: with its cookie in the admin, with a token through the
/// API, with the narrative it wrote for the period; refused to contributors and to callers without a token.
/// </summary>
public sealed class ReportDownloadTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private const string HalfYear = "6 tháng đầu năm 2024";

    private static string Query(string asOf, string? period = null) =>
        $"?asOf={asOf}" + (period is null ? string.Empty : "&period=" + Uri.EscapeDataString(period));

    [Fact]
    public async Task ReportDocx_IsAValidDocument_WhenOfficeDownloadsItInTheAdmin()
    {
        var client = await factory.LoginAsync("vanphong");
        var response = await client.GetAsync($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}/report.docx" + Query("2024-07-10", "Năm 2024"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString() + response.Content.Headers);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("/BC-SGTVT", text);
        Assert.Contains("Quảng Trị, ngày 10 tháng 7 năm 2024", text);
        Assert.Contains("Báo cáo cấp Sở", text);
        // The plan was never numbered ("/KH-SGTVT"): the subject does not print an empty number.
        Assert.DoesNotContain("số /KH-SGTVT", text);
        Assert.DoesNotContain("/admin/", text);
    }

    [Fact]
    public async Task ReportDocx_ReadsAsAnOfficialReport_WithTheOfficesNarrative_ThroughTheApiWithAToken()
    {
        var planId = await PlanTestData.PlanIdAsync(factory);
        var api = await factory.ApiClientAsync("vanphong");
        var put = await api.PutAsync($"/api/plans/{planId}/reports/narrative?period={Uri.EscapeDataString(HalfYear)}", PlanSite.Json(new
        {
            number = "125/BC-SGTVT",
            superior = "UBND tỉnh Quảng Trị",
            reportDate = "2024-07-05",
            achievements = "Sở đã ban hành Kế hoạch tuyên truyền đúng hạn và duy trì chuyên mục cải cách hành chính.",
            shortcomings = "Một số đơn vị chưa gửi báo cáo 6 tháng.\nNguyên nhân: thiếu cán bộ chuyên trách.",
            nextSteps = "Đôn đốc các phòng, ban, đơn vị gửi báo cáo năm trước ngày 20/11/2024.",
            recipients = "UBND tỉnh (b/c);\nSở Nội vụ (b/c);\nLưu: VT, VP.",
        }));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var response = await api.GetAsync($"/api/plans/{planId}/report.docx" + Query("2024-07-10", HalfYear));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pages = Path.Combine(PlanImportApiRoot.Root, "test-results", "report-pages");
        var text = PlanReportWriterTests.Squash(LibreOfficePdf.ConvertAndExtractText(await response.Content.ReadAsByteArrayAsync(), ".docx", pages));
        Assert.Contains("UBND TỈNH QUẢNG TRỊ", text);
        Assert.Contains("Số: 125/BC-SGTVT", text);
        Assert.Contains("Quảng Trị, ngày 05 tháng 7 năm 2024", text);
        Assert.Contains("thiếu cán bộ chuyên trách", text);
        Assert.Contains("Nơi nhận:", text);
        Assert.Contains("Sở Nội vụ (b/c);", text);
        Assert.Contains("Trần Hữu Hùng", text);
        Assert.Contains("Cơ quan phối hợp", text);
        Assert.Contains("Kinh phí", text);
        Assert.Matches(@"\(\d{1,3}(,\d)? %\)", text);
        Assert.True(Directory.GetFiles(pages, "page-*.png").Length >= 3);
    }

    [Fact]
    public async Task ReportXlsx_HoldsEveryTaskAndTheUnits_ThroughTheApi()
    {
        var api = await factory.ApiClientAsync("vanphong");
        var response = await api.GetAsync($"/api/plans/{await PlanTestData.PlanIdAsync(factory)}/report.xlsx" + Query("2024-12-31"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(xlsx));
        var all = xlsx.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText;
        for (var i = 1; i <= 15; i++)
        {
            Assert.Contains($"2.{i}.", all);
        }

        Assert.Contains("Phụ lục II. KẾT QUẢ THEO ĐƠN VỊ", all);
        Assert.Contains("Thanh tra Sở Giao thông vận tải", all);
    }

    [Fact]
    public async Task Report_IsRefused_ToContributorsAndToCallersWithoutAToken()
    {
        var planId = await PlanTestData.PlanIdAsync(factory);
        var cookie = await factory.LoginAsync("congtacvien.vt");
        var contributor = await factory.ApiClientAsync("congtacvien.vt");

        var admin = await cookie.GetAsync($"/admin/dashboard/{planId}/report.docx" + Query("2024-12-31"));
        var api = await contributor.GetAsync($"/api/plans/{planId}/report.docx" + Query("2024-12-31"));
        var anonymous = await factory.CreateClient().GetAsync($"/api/plans/{planId}/report.docx" + Query("2024-12-31"));

        // Cookie users who lack the permission are sent to the "no access" page rather than given a bare 403.
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/admin/denied", admin.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Narrative_Returns400AndKeepsThePrevious_WhenTooLongOrForAnUnknownPeriod()
    {
        var planId = await PlanTestData.PlanIdAsync(factory);
        var api = await factory.ApiClientAsync("vanphong");
        await api.PutAsync($"/api/plans/{planId}/reports/narrative", PlanSite.Json(new { achievements = "Bản đầu." }));

        var tooLong = await api.PutAsync($"/api/plans/{planId}/reports/narrative", PlanSite.Json(new { achievements = new string('x', ReportNarratives.MaxPartChars + 1) }));
        var unknown = await api.PutAsync($"/api/plans/{planId}/reports/narrative?period=Quý%209", PlanSite.Json(new { achievements = "x" }));
        var editor = await (await factory.ApiClientAsync("bientap")).PutAsync($"/api/plans/{planId}/reports/narrative", PlanSite.Json(new { achievements = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True(JsonDocument.Parse(await tooLong.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("achievements", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True(JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("period", out _));
        Assert.Equal(HttpStatusCode.Forbidden, editor.StatusCode);
        var kept = await (await api.GetAsync($"/api/plans/{planId}/reports/narrative")).ReadJsonAsync<NarrativeInput>();
        Assert.Equal("Bản đầu.", kept.Achievements);
        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).AuditLog.AnyAsync(a => a.ContentItemId == planId && a.Action == "report"));
    }
}

/// <summary>The repository root, for files the tests write beside it (git-ignored test-results).</summary>
internal static class PlanImportApiRoot
{
    public static string Root => Import.PlanImportApiTests.RepoRoot();
}
