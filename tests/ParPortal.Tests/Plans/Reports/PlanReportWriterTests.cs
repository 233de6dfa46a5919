using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ParPortal.Features.Plans.Reports;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace ParPortal.Tests.Plans.Reports;

/// <summary>The report writers: the form of Nghị định 30/2020/NĐ-CP in the .docx, the same tables in the .xlsx.</summary>
public class PlanReportWriterTests
{
    internal static byte[] Docx(PlanReport report)
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
    internal static string Squash(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public void DocxWriter_WritesAValidPortraitReport_WithLandscapeAppendices()
    {
        var report = PlanReportSamples.Report();

        using var document = WordprocessingDocument.Open(new MemoryStream(Docx(report)), false);

        var problems = new OpenXmlValidator().Validate(document).Select(e => e.Description + " @ " + e.Path?.XPath).Distinct().ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var body = document.MainDocumentPart!.Document.Body!;
        var sections = body.Descendants<W.SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        Assert.Equal(W.PageOrientationValues.Portrait, sections[0].GetFirstChild<W.PageSize>()!.Orient!.Value);
        Assert.NotNull(sections[0].GetFirstChild<W.TitlePage>());
        Assert.Equal(W.PageOrientationValues.Landscape, sections[1].GetFirstChild<W.PageSize>()!.Orient!.Value);
        Assert.Contains(" PAGE ", document.MainDocumentPart.HeaderParts.Single().Header.Descendants<W.SimpleField>().Single().Instruction!.Value);

        var appendix = body.Descendants<W.Table>().ElementAt(2).Elements<W.TableRow>().ToList();
        Assert.Equal(PlanReportColumns.Headers, appendix[0].Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.NotNull(appendix[0].TableRowProperties?.GetFirstChild<W.TableHeader>());
        var unnumbered = appendix[2].Elements<W.TableCell>().ToList();
        Assert.Equal("Báo cáo cấp Sở", unnumbered[1].InnerText);
        Assert.Equal(W.MergedCellValues.Continue, unnumbered[0].TableCellProperties!.GetFirstChild<W.VerticalMerge>()!.Val!.Value);
        Assert.Contains("(23/01/2024, Văn phòng Sở)", appendix[1].Elements<W.TableCell>().ElementAt(2).InnerText);
        Assert.DoesNotContain("/admin", body.InnerText);
    }

    [Fact]
    public void DocxWriter_ReadsAsAnOfficialReport_InLibreOffice()
    {
        var report = PlanReportSamples.Report(extraRows: 20);

        var raw = LibreOfficePdf.ConvertAndExtractText(Docx(report), ".docx");
        var text = Squash(raw);

        // The quốc hiệu stands on one line (Nghị định 30/2020), not broken before "NAM".
        Assert.Matches(new Regex("(?m)^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$"), raw);
        Assert.Contains("UBND TỈNH QUẢNG TRỊ", text);
        Assert.Contains("SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG TRỊ", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("Số: 25/BC-SGTVT", text);
        Assert.Contains("Quảng Trị, ngày 05 tháng 7 năm 2024", text);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains("I. KẾT QUẢ ĐẠT ĐƯỢC", text);
        Assert.Contains("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", text);
        Assert.Contains("III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", text);
        Assert.Contains("thiếu cán bộ chuyên trách", text);
        Assert.Contains("Nơi nhận:", text);
        Assert.Contains("PHÓ GIÁM ĐỐC", text);
        Assert.Contains("Trần Hữu Hùng", text);
        Assert.Contains("Cơ quan phối hợp", text);
        Assert.Contains("Kinh phí", text);
        Assert.Contains("Phụ lục II", text);
        // The appendix runs over several landscape pages, each with its header row.
        Assert.True(Regex.Matches(text, "Cơ quan chủ trì").Count >= 2, "header row not repeated");
    }

    [Fact]
    public void DocxWriter_NumbersPagesFromTheSecond()
    {
        var pages = LibreOfficePdf.ConvertAndExtractText(Docx(PlanReportSamples.Report(extraRows: 20)), ".docx").Split('\f');

        Assert.True(pages.Length >= 3);
        // Nghị định 30: no number on the first page; the number stands above the text from page 2.
        Assert.DoesNotMatch(@"^\s*1\s*\n", pages[0]);
        Assert.Matches(@"^\s*2\s*\n", pages[1]);
    }

    [Fact]
    public void XlsxWriter_HoldsTheSameTables()
    {
        var report = PlanReportSamples.Report();

        using var document = SpreadsheetDocument.Open(new MemoryStream(Xlsx(report)), false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart!.SharedStringTable.Elements<X.SharedStringItem>().Select(i => i.InnerText).ToList();
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<X.Row>()
            .Select(r => r.Elements<X.Cell>().Select(c => c.CellValue is null ? "" : shared[int.Parse(c.CellValue.Text)]).ToList())
            .ToList();

        Assert.Contains(rows, r => r[0] == "Quảng Trị, ngày 05 tháng 7 năm 2024");
        var header = rows.FindIndex(r => r.SequenceEqual(PlanReportColumns.Headers));
        var first = rows[header + 1];
        Assert.Equal("2.1. Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024", first[1]);
        Assert.Equal("Ban hành Kế hoạch trong tháng 01/2024: đã có 01/01 kế hoạch – Đạt.\n- Kế hoạch thực hiện công tác tuyên truyền cải cách hành chính năm 2024 (23/01/2024, Văn phòng Sở)", first[2]);
        Assert.Equal(("Các phòng, ban, đơn vị", "Kinh phí thường xuyên", "Đạt"), (first[4], first[6], first[7]));
        var units = rows.FindIndex(r => r.SequenceEqual(PlanReportColumns.UnitHeaders));
        Assert.Equal(["Thanh tra Sở", "0", "2.4: 0/1; 2.5: 0/1", "Không đạt"], rows[units + 2]);
    }
}
