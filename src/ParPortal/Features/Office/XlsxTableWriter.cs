using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParPortal.Features.Office;

/// <summary>
/// Writes an <see cref="XlsxTable"/> as a one-sheet .xlsx with shared strings and a small fixed stylesheet
/// (Times New Roman, thin borders on table cells, wrapped text). The output validates with OpenXmlValidator and
/// opens in LibreOffice and Excel without repair.
/// </summary>
public static class XlsxTableWriter
{
    /// <summary>Excel refuses cells longer than this.</summary>
    private const int MaxCellChars = 32_767;

    public static void Write(Stream output, XlsxTable table)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();

        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = BuildStylesheet();

        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var sharedTable = new SharedStringTable();

        var sheetData = new SheetData();
        uint rowNumber = 0;
        foreach (var cells in table.Rows)
        {
            rowNumber++;
            var row = new Row { RowIndex = rowNumber };
            if (EstimatedHeight(cells, table.ColumnWidths) is { } height)
            {
                row.Height = height;
                row.CustomHeight = true;
            }

            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var xmlCell = new Cell { CellReference = SpreadsheetColumns.Letters(c) + rowNumber };
                if (cell.Style != XlsxStyle.Normal)
                {
                    xmlCell.StyleIndex = (uint)cell.Style;
                }

                var text = Sanitise(cell.Text);
                if (text.Length > 0)
                {
                    if (!strings.TryGetValue(text, out var index))
                    {
                        index = strings.Count;
                        strings.Add(text, index);
                        sharedTable.AppendChild(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                    }

                    xmlCell.DataType = CellValues.SharedString;
                    xmlCell.CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                row.AppendChild(xmlCell);
            }

            sheetData.AppendChild(row);
        }

        sharedTable.Count = (uint)strings.Count;
        sharedTable.UniqueCount = (uint)strings.Count;
        var sharedPart = workbookPart.AddNewPart<SharedStringTablePart>();
        sharedPart.SharedStringTable = sharedTable;

        var worksheet = new Worksheet();
        if (table.PrintLandscapeFitToWidth)
        {
            worksheet.AppendChild(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        }

        if (table.FrozenRows > 0)
        {
            var topLeft = "A" + (table.FrozenRows + 1);
            worksheet.AppendChild(new SheetViews(new SheetView(
                new Pane { VerticalSplit = table.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
            { TabSelected = true, WorkbookViewId = 0U }));
        }

        if (table.ColumnWidths.Count > 0)
        {
            var columns = new Columns();
            for (var c = 0; c < table.ColumnWidths.Count; c++)
            {
                columns.AppendChild(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = table.ColumnWidths[c], CustomWidth = true });
            }

            worksheet.AppendChild(columns);
        }

        worksheet.AppendChild(sheetData);
        if (table.Merges.Count > 0)
        {
            var merges = new MergeCells { Count = (uint)table.Merges.Count };
            foreach (var range in table.Merges)
            {
                merges.AppendChild(new MergeCell { Reference = range });
            }

            worksheet.AppendChild(merges);
        }

        if (table.PrintLandscapeFitToWidth)
        {
            worksheet.AppendChild(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            worksheet.AppendChild(new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        }

        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        worksheetPart.Worksheet = worksheet;
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet
        {
            Id = workbookPart.GetIdOfPart(worksheetPart),
            SheetId = 1U,
            Name = SheetName(table.SheetName),
        }));
        workbookPart.Workbook.Save();
    }

    /// <summary>
    /// A row height in points for rows with wrapped cells, from the longest cell in lines. Neither Excel nor
    /// LibreOffice re-measures rows of a generated file reliably on open, so wrapped text would otherwise be cut off.
    /// </summary>
    private static double? EstimatedHeight(IReadOnlyList<XlsxCell> cells, IReadOnlyList<double> widths)
    {
        var lines = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            if (cells[c].Style is not (XlsxStyle.Wrapped or XlsxStyle.Header) || string.IsNullOrEmpty(cells[c].Text))
            {
                continue;
            }

            // Times New Roman 12 fits about 1.1 characters per unit of column width.
            var perLine = Math.Max(1, (int)((c < widths.Count ? widths[c] : 8.43) * 1.1));
            var cellLines = cells[c].Text.Split('\n').Sum(l => Math.Max(1, (l.Length + perLine - 1) / perLine));
            lines = Math.Max(lines, cellLines);
        }

        return lines <= 1 ? null : Math.Min(409, (lines * 15.75) + 3);
    }

    /// <summary>Drops characters that XML 1.0 cannot carry (control characters pasted from old systems) and NFC-normalises.</summary>
    private static string Sanitise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalised = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(normalised.Length);
        foreach (var ch in normalised)
        {
            if (ch is '\t' or '\n' or '\r' || (ch >= 0x20 && ch != '\uFFFE' && ch != '\uFFFF'))
            {
                sb.Append(ch);
            }
        }

        return sb.Length > MaxCellChars ? sb.ToString(0, MaxCellChars) : sb.ToString();
    }

    /// <summary>Sheet names are at most 31 characters and cannot hold : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string(name.Where(ch => ":\\/?*[]".IndexOf(ch) < 0).ToArray()).Trim();
        cleaned = cleaned.Length == 0 ? "Sheet1" : cleaned;
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }

    private static Stylesheet BuildStylesheet()
    {
        static Font MakeFont(bool bold, double size)
        {
            var font = new Font();
            if (bold)
            {
                font.AppendChild(new Bold());
            }

            font.AppendChild(new FontSize { Val = size });
            font.AppendChild(new FontName { Val = "Times New Roman" });
            return font;
        }

        static Border Thin() => new(
            new LeftBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());

        static CellFormat Format(uint font, uint border, Alignment? alignment)
        {
            var format = new CellFormat { NumberFormatId = 0U, FontId = font, FillId = 0U, BorderId = border, FormatId = 0U, ApplyFont = true, ApplyBorder = border != 0 };
            if (alignment is not null)
            {
                format.ApplyAlignment = true;
                format.AppendChild(alignment);
            }

            return format;
        }

        return new Stylesheet(
            new Fonts(MakeFont(false, 12), MakeFont(true, 12), MakeFont(true, 14)) { Count = 3U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin()) { Count = 2U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                Format(0, 0, null),
                Format(1, 1, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
                Format(0, 1, new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }),
                Format(2, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
                Format(1, 0, null)) { Count = 5U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }
}
