using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>The report downloads use the dashboard's computation and the OpenXml writers.</summary>
public sealed class ReportDownloadTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task ReportDocx_ContainsTheAppendixRowsAndVietnameseDate_WhenOfficeDownloadsIt()
    {
        var client = await factory.LoginAsync("vanphong");
        var response = await client.GetAsync($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}/report.docx?asOf=2024-06-30&period={Uri.EscapeDataString("6 tháng đầu năm 2024")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString() + response.Content.Headers);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("2.11", text);
        Assert.Contains("Nhiệm vụ", text);
        // The date line starts the sentence when no place name is set ("Ngày 30 tháng 6 năm 2024").
        Assert.Contains("ngày 30 tháng 6 năm 2024", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Tình trạng", text);
    }

    [Fact]
    public async Task ReportXlsx_HasOneRowPerTask_WhenOfficeDownloadsIt()
    {
        var client = await factory.LoginAsync("vanphong");
        var response = await client.GetAsync($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}/report.xlsx?asOf=2024-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(xlsx));
        var shared = xlsx.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? string.Empty;
        var inline = xlsx.WorkbookPart.WorksheetParts.First().Worksheet.InnerText;
        var all = shared + inline;
        for (var i = 1; i <= 15; i++)
        {
            Assert.Contains($"2.{i}.", all);
        }
    }

    [Fact]
    public async Task Report_IsRefused_WhenContributorAsks()
    {
        var client = await factory.LoginAsync("congtacvien.vt");
        var response = await client.GetAsync($"/admin/dashboard/{await PlanTestData.PlanIdAsync(factory)}/report.docx?asOf=2024-12-31");
        // Cookie users who lack the permission are sent to the "no access" page rather than given a bare 403.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location?.PathAndQuery);
    }
}
