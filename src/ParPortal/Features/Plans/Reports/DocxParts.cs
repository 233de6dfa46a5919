using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPortal.Features.Office;

namespace ParPortal.Features.Plans.Reports;

/// <summary>The look of a report paragraph.</summary>
internal sealed record DocxStyle(
    int HalfPoints = 28, bool Bold = false, bool Italic = false, JustificationValues? Align = null, int FirstLineTwips = 0,
    int AfterTwips = 60, bool Underline = false, int IndentTwips = 0);

/// <summary>
/// Paragraph, cell and field helpers for the report writer: Times New Roman, sizes in half-points, measures in twips
/// (1/20 point; 567 twips = 1 cm). Kept apart from the layout so that the writer reads as the document it makes.
/// </summary>
internal static class DocxParts
{
    public static Paragraph Paragraph(string text, DocxStyle style)
    {
        // Schema order: spacing, ind, jc.
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { After = style.AfterTwips.ToString(CultureInfo.InvariantCulture), Line = "276", LineRule = LineSpacingRuleValues.Auto });
        if (style.FirstLineTwips > 0 || style.IndentTwips > 0)
        {
            // Only the attributes in use: an attribute set to null would be written empty, which Word rejects.
            var indentation = new Indentation();
            if (style.FirstLineTwips > 0)
            {
                indentation.FirstLine = style.FirstLineTwips.ToString(CultureInfo.InvariantCulture);
            }

            if (style.IndentTwips > 0)
            {
                indentation.Left = style.IndentTwips.ToString(CultureInfo.InvariantCulture);
            }

            properties.AppendChild(indentation);
        }

        properties.AppendChild(new Justification { Val = style.Align ?? JustificationValues.Both });
        return new Paragraph(properties, Run(text, style));
    }

    public static Run Run(string text, DocxStyle style)
    {
        var properties = new RunProperties();
        if (style.Bold)
        {
            properties.AppendChild(new Bold());
        }

        if (style.Italic)
        {
            properties.AppendChild(new Italic());
        }

        // Schema order: b, i, sz, szCs, u.
        properties.AppendChild(new FontSize { Val = style.HalfPoints.ToString(CultureInfo.InvariantCulture) });
        properties.AppendChild(new FontSizeComplexScript { Val = style.HalfPoints.ToString(CultureInfo.InvariantCulture) });
        if (style.Underline)
        {
            properties.AppendChild(new Underline { Val = UnderlineValues.Single });
        }
        return new Run(properties, new DocumentFormat.OpenXml.Wordprocessing.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A short centred rule under a header line (the line under the agency's name and the motto).</summary>
    public static Paragraph Rule(int widthTwips, int cellTwips) =>
        new(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6U, Space = 1U }),
            new SpacingBetweenLines { After = "120", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation
            {
                Left = ((cellTwips - widthTwips) / 2).ToString(CultureInfo.InvariantCulture),
                Right = ((cellTwips - widthTwips) / 2).ToString(CultureInfo.InvariantCulture),
            }));

    /// <summary>A table cell of fixed width holding paragraphs (a cell must end with one, even when empty).</summary>
    public static TableCell Cell(int widthTwips, IEnumerable<Paragraph> paragraphs, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = widthTwips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (merge is { } m)
        {
            properties.AppendChild(new VerticalMerge { Val = m });
        }

        properties.AppendChild(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top });
        var cell = new TableCell(properties);
        var any = false;
        foreach (var paragraph in paragraphs)
        {
            cell.AppendChild(paragraph);
            any = true;
        }

        if (!any)
        {
            cell.AppendChild(new Paragraph());
        }

        return cell;
    }

    /// <summary>A fixed-layout table; <paramref name="borders"/> false for the header and signature blocks.</summary>
    public static Table Table(IReadOnlyList<int> columns, bool borders)
    {
        var properties = new TableProperties(
            new TableWidth { Width = columns.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed });
        if (borders)
        {
            properties.PrependChild(new TableStyle { Val = "TableGrid" });
        }

        var table = new Table(properties);
        table.AppendChild(new TableGrid(columns.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        return table;
    }

    /// <summary>The page number, centred at the top (Nghị định 30: from the second page on).</summary>
    public static string AddPageNumberHeader(MainDocumentPart main)
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(Run("1", new DocxStyle(26))) { Instruction = " PAGE " }));
        header.Header.Save();
        return main.GetIdOfPart(header);
    }

    /// <summary>Times New Roman everywhere, Vietnamese as the language, and a bordered table style for the appendices.</summary>
    public static void AddStyles(MainDocumentPart main)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
        stylesPart.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "28" },
                    new FontSizeComplexScript { Val = "28" },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4U },
                        new LeftBorder { Val = BorderValues.Single, Size = 4U },
                        new BottomBorder { Val = BorderValues.Single, Size = 4U },
                        new RightBorder { Val = BorderValues.Single, Size = 4U },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableGrid" });
    }

    private static string Clean(string text) => new(OfficeText.Clean(text).Where(ch => ch is '\t' || ch >= 0x20).ToArray());
}
