using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ParPortal.Features.Plans.Reports;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace ParPortal.Tests.Plans.Reports;

public class PlanReportWriterTests
{
    private static byte[] Docx(PlanReport report)
    {
        using var stream = new MemoryStream();
        PlanReportDocxWriter.Write(stream, report);
        return stream.ToArray();
    }

    private static byte[] Xlsx(PlanReport report)
    {
        using var stream = new MemoryStream();
        PlanReportXlsxWriter.Write(stream, report);
        return stream.ToArray();
    }

    /// <summary>Collapses whitespace so that text wrapped across PDF lines or cells still matches.</summary>
    private static string Squash(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public void DocxWriter_WritesValidLandscapeDocumentWithAppendixTable()
    {
        var report = PlanReportSamples.Report();

        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(report)), false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var body = document.MainDocumentPart!.Document.Body!;
        var text = body.InnerText;
        Assert.Contains("Quảng Trị, ngày 12 tháng 6 năm 2024", text);
        Assert.Contains("6 tháng đầu năm 2024", text);
        Assert.Contains("chậm tiến độ: 1", text);

        var page = body.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageSize>()!;
        Assert.Equal(W.PageOrientationValues.Landscape, page.Orient!.Value);
        Assert.True(page.Width!.Value > page.Height!.Value);

        var rows = body.Descendants<W.Table>().Single().Elements<W.TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<W.TableHeader>());
        Assert.Equal(PlanReportColumns.Headers, rows[0].Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.Equal(report.Rows.Count + 1, rows.Count);
        var second = rows[2].Elements<W.TableCell>().ToList();
        Assert.Equal("2.3. Rà soát, đôn đốc các phòng, ban, đơn vị thực hiện tuyên truyền", second[1].InnerText);
        Assert.Equal(W.MergedCellValues.Continue, second[0].TableCellProperties!.GetFirstChild<W.VerticalMerge>()!.Val!.Value);
        Assert.Contains("Đôn đốc tuyên truyền cải cách hành chính (20/05/2024, Văn phòng Sở)", second[2].InnerText);
        Assert.Equal("Chậm tiến độ", second[5].InnerText);

        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<W.RunFonts>().Single();
        Assert.Equal("Times New Roman", defaults.Ascii!.Value);
        Assert.Equal("26", document.MainDocumentPart.StyleDefinitionsPart.Styles.DocDefaults.Descendants<W.FontSize>().Single().Val!.Value);
    }

    [Fact]
    public void XlsxWriter_WritesOneWrappedRowPerTask()
    {
        var report = PlanReportSamples.Report();

        using var document = SpreadsheetDocument.Open(new MemoryStream(Xlsx(report)), false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart!.SharedStringTable.Elements<X.SharedStringItem>().Select(i => i.InnerText).ToList();
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<X.Row>()
            .Select(r => r.Elements<X.Cell>().Select(c => c.CellValue is null ? "" : shared[int.Parse(c.CellValue.Text)]).ToList())
            .ToList();

        Assert.Contains(rows, r => r[0] == "Quảng Trị, ngày 12 tháng 6 năm 2024");
        var header = rows.FindIndex(r => r.SequenceEqual(PlanReportColumns.Headers));
        Assert.True(header > 0);
        Assert.Equal(report.Rows.Count, rows.Count - header - 1);
        var first = rows[header + 1];
        Assert.Equal("2.1. Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024", first[1]);
        Assert.Equal("Đã ban hành đúng hạn\n- Kế hoạch số 15/KH-SGTVT (09/01/2024, Văn phòng Sở) – https://sgtvt.quangtri.gov.vn/kh-15", first[2]);
        Assert.Equal("Đạt", first[5]);
    }

    [Fact]
    public void DocxWriter_OpensInLibreOffice_WithVietnameseRowsInPdf()
    {
        var report = PlanReportSamples.Report(extraRows: 25);

        var text = Squash(LibreOfficePdf.ConvertAndExtractText(Docx(report), ".docx"));

        Assert.Contains("ngày 12 tháng 6 năm 2024", text);
        Assert.Contains("Chậm tiến độ", text);
        Assert.Contains("Chưa thực hiện", text);
        Assert.Contains("Kế hoạch số 15/KH-SGTVT", text);
        Assert.Contains("3.25.", text);
        // Narrow table cells wrap, and pdftotext then interleaves columns, so only the row's own words are checked.
        Assert.Contains("thứ 25", text);

        // With 28 tasks the table runs onto a second page, where the repeated header row appears again.
        Assert.True(Regex.Matches(text, "Cơ quan chủ trì").Count >= 2, "header row not repeated");
    }

    [Fact]
    public void XlsxWriter_OpensInLibreOffice_WithVietnameseRowsInPdf()
    {
        var report = PlanReportSamples.Report();

        var text = Squash(LibreOfficePdf.ConvertAndExtractText(Xlsx(report), ".xlsx"));

        Assert.Contains("ngày 12 tháng 6 năm 2024", text);
        Assert.Contains("Văn phòng Sở", text);
        Assert.Contains("Chậm tiến độ", text);
        Assert.Contains("Đạt", text);
    }
}
