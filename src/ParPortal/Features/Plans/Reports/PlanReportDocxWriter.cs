using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPortal.Features.Office;
using ParPortal.Time;

namespace ParPortal.Features.Plans.Reports;

/// <summary>
/// Writes a <see cref="PlanReport"/> as a landscape A4 .docx in Times New Roman 13: heading, period, summary and the
/// appendix table. The table's header row repeats on every page and a group's cells in column 1 are merged
/// vertically, as in the plans' own appendices.
/// </summary>
public static class PlanReportDocxWriter
{
    // Twentieths of a point: A4 is 297 × 210 mm; 2 cm margins left and right, 1.5 cm top and bottom.
    private const uint PageWidth = 16838;
    private const uint PageHeight = 11906;
    private const int MarginSide = 1134;
    private const int MarginTopBottom = 850;
    private static readonly int[] ColumnTwips = [2600, 3600, 4600, 1900, 1500, 1370];

    public static void Write(Stream output, PlanReport report)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);

        var body = new Body();
        body.AppendChild(Paragraph(report.Agency.ToUpperInvariant(), bold: true, JustificationValues.Left));
        body.AppendChild(Paragraph(VietnameseDate.PlaceAndDate(report.Place, report.ReportDate), bold: false, JustificationValues.Right, italic: true));
        body.AppendChild(Paragraph(PlanReportXlsxWriter.BuildTitle(report), bold: true, JustificationValues.Center));
        body.AppendChild(Paragraph(PlanReportColumns.PeriodLine(report), bold: false, JustificationValues.Center));
        body.AppendChild(Paragraph(PlanReportColumns.SummaryLine(report.Summary), bold: false, JustificationValues.Both));
        body.AppendChild(Paragraph("Phụ lục: Kết quả thực hiện các nhiệm vụ", bold: true, JustificationValues.Left));
        body.AppendChild(BuildTable(report));
        body.AppendChild(new Paragraph());
        body.AppendChild(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = MarginTopBottom, Bottom = MarginTopBottom, Left = (uint)MarginSide, Right = (uint)MarginSide, Header = 567U, Footer = 567U, Gutter = 0U }));

        main.Document = new Document(body);
        main.Document.Save();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
        stylesPart.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "26" },
                    new FontSizeComplexScript { Val = "26" },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U },
                    new RightBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U })))
            { Type = StyleValues.Table, StyleId = "TableGrid" });
    }

    private static Table BuildTable(PlanReport report)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = ColumnTwips.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" }));
        table.AppendChild(new TableGrid(ColumnTwips.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var c = 0; c < PlanReportColumns.Headers.Count; c++)
        {
            header.AppendChild(Cell(c, [PlanReportColumns.Headers[c]], bold: true, merge: null, JustificationValues.Center));
        }

        table.AppendChild(header);

        for (var i = 0; i < report.Rows.Count; i++)
        {
            var row = report.Rows[i];

            // Consecutive rows of one group share a vertically merged first cell; the group text sits in the first.
            var continuesGroup = i > 0 && row.Group.Length > 0 && row.Group == report.Rows[i - 1].Group;
            var startsGroup = !continuesGroup && row.Group.Length > 0 && i + 1 < report.Rows.Count && report.Rows[i + 1].Group == row.Group;
            MergedCellValues? merge = continuesGroup ? MergedCellValues.Continue : startsGroup ? MergedCellValues.Restart : null;

            var results = new List<string>();
            if (row.ResultText.Length > 0)
            {
                results.Add(row.ResultText);
            }

            results.AddRange(row.Evidence.Select(e => "- " + e.Line()));

            table.AppendChild(new TableRow(
                Cell(0, continuesGroup ? [] : [row.Group], bold: true, merge, JustificationValues.Left),
                Cell(1, [row.TaskLabel], bold: false, null, JustificationValues.Both),
                Cell(2, results, bold: false, null, JustificationValues.Left),
                Cell(3, [row.LeadUnit], bold: false, null, JustificationValues.Center),
                Cell(4, [row.Timing], bold: false, null, JustificationValues.Center),
                Cell(5, [row.Status], bold: false, null, JustificationValues.Center)));
        }

        return table;
    }

    private static TableCell Cell(int column, IReadOnlyList<string> lines, bool bold, MergedCellValues? merge, JustificationValues justification)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = ColumnTwips[column].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (merge is { } m)
        {
            properties.AppendChild(new VerticalMerge { Val = m });
        }

        properties.AppendChild(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top });
        var cell = new TableCell(properties);

        // A cell must end with a paragraph, even when empty.
        if (lines.Count == 0)
        {
            cell.AppendChild(new Paragraph());
        }

        foreach (var line in lines)
        {
            cell.AppendChild(Paragraph(line, bold, justification));
        }

        return cell;
    }

    private static Paragraph Paragraph(string text, bool bold, JustificationValues justification, bool italic = false)
    {
        var runProperties = new RunProperties();
        if (bold)
        {
            runProperties.AppendChild(new Bold());
        }

        if (italic)
        {
            runProperties.AppendChild(new Italic());
        }

        return new Paragraph(
            new ParagraphProperties(new Justification { Val = justification }),
            new Run(runProperties, new DocumentFormat.OpenXml.Wordprocessing.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static string Clean(string text)
        => new(OfficeText.Clean(text).Where(ch => ch is '\t' || ch >= 0x20).ToArray());
}
