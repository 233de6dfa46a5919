using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParPortal.Tests.Procedures.Import;

/// <summary>
/// Builds .xlsx files cell by cell with raw OpenXml (inline strings, numbers, a date style, merged ranges), the way
/// other tools write them, so that the reader is not only tested against our own writer.
/// </summary>
internal sealed class RawWorkbook
{
    private readonly List<(int Row, int Column, object Value)> cells = [];
    private readonly List<string> merges = [];

    public RawWorkbook Text(int row, int column, string text)
    {
        cells.Add((row, column, text));
        return this;
    }

    public RawWorkbook Row(int row, params string[] texts)
    {
        for (var c = 0; c < texts.Length; c++)
        {
            if (texts[c].Length > 0)
            {
                Text(row, c, texts[c]);
            }
        }

        return this;
    }

    public RawWorkbook Number(int row, int column, double value)
    {
        cells.Add((row, column, value));
        return this;
    }

    public RawWorkbook Date(int row, int column, DateTime value)
    {
        cells.Add((row, column, value));
        return this;
    }

    public RawWorkbook Merge(string range)
    {
        merges.Add(range);
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1U },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
                new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14U, ApplyNumberFormat = true }) { Count = 2U });

            var data = new SheetData();
            foreach (var group in cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
            {
                var row = new Row { RowIndex = (uint)group.Key };
                foreach (var (r, c, value) in group.OrderBy(x => x.Column))
                {
                    var reference = ParPortal.Features.Office.SpreadsheetColumns.Letters(c) + r;
                    row.AppendChild(value switch
                    {
                        string s => new Cell(new InlineString(new Text(s))) { CellReference = reference, DataType = CellValues.InlineString },
                        double d => new Cell(new CellValue(d)) { CellReference = reference },
                        DateTime dt => new Cell(new CellValue(dt.ToOADate())) { CellReference = reference, StyleIndex = 1U },
                        _ => throw new InvalidOperationException(),
                    });
                }

                data.AppendChild(row);
            }

            var worksheet = new Worksheet(data);
            if (merges.Count > 0)
            {
                worksheet.AppendChild(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            }

            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1U, Name = "DanhMuc" }));
        }

        return stream.ToArray();
    }
}
