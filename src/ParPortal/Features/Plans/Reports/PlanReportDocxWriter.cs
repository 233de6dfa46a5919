using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPortal.Time;
using static ParPortal.Features.Plans.Reports.DocxParts;

namespace ParPortal.Features.Plans.Reports;

/// <summary>
/// Writes a <see cref="PlanReport"/> as a .docx in the form of Nghị định 30/2020/NĐ-CP (Phụ lục I): on A4 portrait the
/// agency block and the quốc hiệu, tiêu ngữ side by side, "Số: …/BC-…", place and date, "BÁO CÁO" and its subject,
/// the three narrative parts, "Nơi nhận" beside the signature block; then, on landscape pages, Phụ lục I (the tasks,
/// in the columns of the plan's appendix) and Phụ lục II (the units). Times New Roman 14, page numbers centred at the
/// top from the second page.
/// </summary>
public static class PlanReportDocxWriter
{
    // A4 in twips; Nghị định 30 margins: top and bottom 2 cm, left 3 cm, right 2 cm.
    private const int A4Short = 11906;
    private const int A4Long = 16838;
    private const int Cm = 567;
    private static readonly int PortraitText = A4Short - (5 * Cm);
    private static readonly int LandscapeText = A4Long - (4 * Cm);
    private static readonly int[] AppendixColumns = Scale([1900, 2700, 3900, 1500, 1500, 1200, 1100, 1100], LandscapeText);
    private static readonly int[] UnitColumns = Scale([4200, 2200, 5200, 2200], LandscapeText);

    private static readonly DocxStyle Body = new(FirstLineTwips: Cm, AfterTwips: 120);
    private static readonly DocxStyle Heading = new(Bold: true, AfterTwips: 120);
    private static readonly DocxStyle CellText = new(HalfPoints: 24, Align: JustificationValues.Left, AfterTwips: 40);

    public static void Write(Stream output, PlanReport report)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var pageNumbers = AddPageNumberHeader(main);
        var body = new Body();

        body.Append(HeaderBlock(report));
        body.Append(Paragraph("BÁO CÁO", new DocxStyle(Bold: true, Align: JustificationValues.Center, AfterTwips: 0)));
        body.Append(Paragraph(report.Subject, new DocxStyle(Bold: true, Align: JustificationValues.Center, AfterTwips: 240)));
        body.Append(Paragraph(
            $"Thực hiện {report.PlanTitle}{(report.PlanNumber.Length > 0 ? $" số {report.PlanNumber}" : string.Empty)}, {report.Agency} báo cáo kết quả thực hiện kỳ {report.PeriodLabel.ToLowerInvariant()} như sau:",
            Body));
        body.Append(Paragraph(PlanReportColumns.PeriodLine(report), Body with { Italic = true }));

        Part(body, "I. KẾT QUẢ ĐẠT ĐƯỢC", report.Achievements,
            [PlanReportColumns.SummaryLine(report.Summary), "Kết quả từng nhiệm vụ tại Phụ lục I, kết quả theo đơn vị tại Phụ lục II kèm theo."], null);
        Part(body, "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", report.Shortcomings, [],
            report.Shortfalls.Count > 0 ? ("Các nhiệm vụ chưa đạt theo số liệu:", report.Shortfalls) : null);
        Part(body, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", report.NextSteps, [],
            report.Upcoming.Count > 0 ? ("Các thời hạn sắp tới:", report.Upcoming) : null);
        body.Append(Paragraph($"Trên đây là báo cáo kết quả thực hiện {report.PlanTitle} kỳ {report.PeriodLabel.ToLowerInvariant()} của {report.Agency}./.", Body));
        body.Append(SignatureBlock(report));

        // The portrait section ends here: its properties sit in the last paragraph of the section.
        body.Append(new Paragraph(new ParagraphProperties(Section(pageNumbers, landscape: false, titlePage: true))));

        body.Append(Paragraph("Phụ lục I", new DocxStyle(Bold: true, Align: JustificationValues.Center, AfterTwips: 0)));
        body.Append(Paragraph("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", new DocxStyle(Bold: true, Align: JustificationValues.Center, AfterTwips: 0)));
        body.Append(Paragraph(Attached(report), new DocxStyle(Italic: true, Align: JustificationValues.Center, AfterTwips: 200)));
        body.Append(AppendixTable(report));
        body.Append(PageBreakBefore(Paragraph("Phụ lục II", new DocxStyle(Bold: true, Align: JustificationValues.Center, AfterTwips: 0))));
        body.Append(Paragraph("KẾT QUẢ THEO ĐƠN VỊ", new DocxStyle(Bold: true, Align: JustificationValues.Center, AfterTwips: 0)));
        body.Append(Paragraph(Attached(report), new DocxStyle(Italic: true, Align: JustificationValues.Center, AfterTwips: 200)));
        body.Append(UnitTable(report));
        body.Append(new Paragraph());
        body.Append(Section(pageNumbers, landscape: true, titlePage: false));

        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>Agency block (left) and quốc hiệu, tiêu ngữ, place and date (right), as two borderless cells.</summary>
    private static Table HeaderBlock(PlanReport report)
    {
        // The quốc hiệu needs the wider cell: on one line it runs to about 9.5 cm in Times New Roman 12.
        int left = (int)(PortraitText * 0.4), right = PortraitText - left;
        var center = new DocxStyle(HalfPoints: 26, Align: JustificationValues.Center, AfterTwips: 0);
        var agencyLines = new List<Paragraph>();
        if (report.Superior.Length > 0)
        {
            agencyLines.Add(Paragraph(report.Superior, center));
        }

        agencyLines.Add(Paragraph(report.Agency.ToUpperInvariant(), center with { Bold = true }));
        agencyLines.Add(Rule(left / 3, left));
        agencyLines.Add(Paragraph("Số: " + report.Number, center));
        var nation = new List<Paragraph>
        {
            Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", center with { Bold = true, HalfPoints = 24 }),
            Paragraph("Độc lập - Tự do - Hạnh phúc", center with { Bold = true, HalfPoints = 28 }),
            Rule(right / 2, right),
            Paragraph(VietnameseDate.PlaceAndDate(report.Place, report.ReportDate), center with { Italic = true, HalfPoints = 28 }),
        };
        var table = Table([left, right], borders: false);
        table.AppendChild(new TableRow(Cell(left, agencyLines), Cell(right, nation)));
        return table;
    }

    /// <summary>A numbered part: the office's paragraphs, then the engine's figures (sentences and, if any, a list).</summary>
    private static void Part(Body body, string title, IReadOnlyList<string> written, IReadOnlyList<string> figures, (string Lead, IReadOnlyList<string> Lines)? list)
    {
        body.Append(Paragraph(title, Heading));
        foreach (var line in written)
        {
            body.Append(Paragraph(line, Body));
        }

        foreach (var line in figures)
        {
            body.Append(Paragraph(line, Body));
        }

        if (list is { } l)
        {
            body.Append(Paragraph(l.Lead, Body));
            foreach (var line in l.Lines)
            {
                body.Append(Paragraph("- " + line, Body));
            }
        }

        if (written.Count == 0 && figures.Count == 0 && list is null)
        {
            body.Append(Paragraph("(Chưa có nội dung.)", Body with { Italic = true }));
        }
    }

    /// <summary>"Nơi nhận" (left, 12 and 11 point) beside the signer's title and name (right).</summary>
    private static Table SignatureBlock(PlanReport report)
    {
        int left = PortraitText / 2, right = PortraitText - left;
        var recipients = new List<Paragraph> { Paragraph("Nơi nhận:", new DocxStyle(HalfPoints: 24, Bold: true, Italic: true, Align: JustificationValues.Left, AfterTwips: 0)) };
        recipients.AddRange(report.Recipients.Select(r => Paragraph("- " + r.TrimStart('-', ' '), new DocxStyle(HalfPoints: 22, Align: JustificationValues.Left, AfterTwips: 0))));
        var signer = report.SignerTitle.Select(t => Paragraph(t.ToUpperInvariant(), new DocxStyle(Bold: true, Align: JustificationValues.Center, AfterTwips: 0))).ToList();
        // Room for the signature and the seal.
        signer.AddRange(Enumerable.Range(0, 4).Select(_ => Paragraph(string.Empty, new DocxStyle(AfterTwips: 0))));
        signer.Add(Paragraph(report.SignerName, new DocxStyle(Bold: true, Align: JustificationValues.Center, AfterTwips: 0)));
        var table = Table([left, right], borders: false);
        table.AppendChild(new TableRow(Cell(left, recipients), Cell(right, signer)));
        return table;
    }

    private static Table AppendixTable(PlanReport report)
    {
        var table = Table(AppendixColumns, borders: true);
        table.AppendChild(HeaderRow(PlanReportColumns.Headers, AppendixColumns));
        var rows = report.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            // Consecutive rows of one group share a vertically merged first cell, as in the plans' own appendices.
            var continues = i > 0 && row.Group.Length > 0 && row.Group == rows[i - 1].Group;
            var starts = !continues && row.Group.Length > 0 && i + 1 < rows.Count && rows[i + 1].Group == row.Group;
            var results = row.Results.Select(r => Paragraph(r, CellText))
                .Concat(row.Evidence.Select(e => Paragraph("- " + e.Line(), CellText with { HalfPoints = 22 })));
            table.AppendChild(new TableRow(
                Cell(AppendixColumns[0], continues ? [] : [Paragraph(row.Group, CellText with { Bold = true })], continues ? MergedCellValues.Continue : starts ? MergedCellValues.Restart : null),
                Cell(AppendixColumns[1], [Paragraph(row.TaskLabel, CellText)]),
                Cell(AppendixColumns[2], results),
                Cell(AppendixColumns[3], [Paragraph(row.LeadUnit, CellText)]),
                Cell(AppendixColumns[4], [Paragraph(row.CoordinatingUnits, CellText)]),
                Cell(AppendixColumns[5], [Paragraph(row.Timing, CellText)]),
                Cell(AppendixColumns[6], [Paragraph(row.Budget, CellText)]),
                Cell(AppendixColumns[7], [Paragraph(row.Status, CellText with { Bold = true, Align = JustificationValues.Center })])));
        }

        return table;
    }

    private static Table UnitTable(PlanReport report)
    {
        var table = Table(UnitColumns, borders: true);
        table.AppendChild(HeaderRow(PlanReportColumns.UnitHeaders, UnitColumns));
        foreach (var unit in report.Units)
        {
            table.AppendChild(new TableRow(
                Cell(UnitColumns[0], [Paragraph(unit.Unit, CellText)]),
                Cell(UnitColumns[1], [Paragraph(unit.ItemsCounted.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), CellText with { Align = JustificationValues.Center })]),
                Cell(UnitColumns[2], [Paragraph(unit.Quotas, CellText)]),
                Cell(UnitColumns[3], [Paragraph(unit.Status, CellText with { Align = JustificationValues.Center })])));
        }

        return table;
    }

    /// <summary>A header row that repeats on every page and never splits.</summary>
    private static TableRow HeaderRow(IReadOnlyList<string> headers, int[] widths)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var c = 0; c < headers.Count; c++)
        {
            row.AppendChild(Cell(widths[c], [Paragraph(headers[c], CellText with { Bold = true, Align = JustificationValues.Center })]));
        }

        return row;
    }

    private static string Attached(PlanReport report) =>
        $"(Kèm theo Báo cáo số {report.Number.Trim()} ngày {VietnameseDate.Short(report.ReportDate)} của {report.Agency})";

    private static SectionProperties Section(string pageNumbers, bool landscape, bool titlePage)
    {
        var properties = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = pageNumbers },
            new PageSize
            {
                Width = (UInt32Value)(uint)(landscape ? A4Long : A4Short),
                Height = (UInt32Value)(uint)(landscape ? A4Short : A4Long),
                Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin
            {
                Top = 2 * Cm, Bottom = 2 * Cm, Left = (UInt32Value)(uint)(landscape ? 2 * Cm : 3 * Cm), Right = (UInt32Value)(uint)(2 * Cm),
                Header = (UInt32Value)(uint)Cm, Footer = (UInt32Value)(uint)Cm, Gutter = 0U,
            });
        if (titlePage)
        {
            // The first page carries no number (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5).
            properties.AppendChild(new TitlePage());
        }

        return properties;
    }

    private static Paragraph PageBreakBefore(Paragraph paragraph)
    {
        paragraph.ParagraphProperties!.PrependChild(new PageBreakBefore());
        return paragraph;
    }

    private static int[] Scale(int[] widths, int total)
    {
        var sum = widths.Sum();
        var scaled = widths.Select(w => w * total / sum).ToArray();
        scaled[^1] += total - scaled.Sum();
        return scaled;
    }
}
