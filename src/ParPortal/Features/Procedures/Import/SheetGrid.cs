using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParPortal.Features.Office;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// A worksheet as rows of displayed text. Values of merged ranges are copied into every cell of the range, because
/// agencies merge a field name down over all its procedures and each procedure row needs it.
/// </summary>
internal sealed class SheetGrid
{
    /// <summary>Rows in sheet order: 1-based row number and one text per column (empty when blank).</summary>
    public required IReadOnlyList<(int RowNumber, string[] Cells)> Rows { get; init; }

    public static SheetGrid Load(WorksheetPart part, SpreadsheetCellText cellText)
    {
        // Stream the sheet and materialise one row at a time: a whole-sheet DOM costs several times the memory and
        // time for a 5,000-row list.
        var rows = new SortedDictionary<int, string[]>();
        var merges = new List<string>();
        var nextRow = 1;
        using (var reader = OpenXmlReader.Create(part))
        {
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    var rowNumber = row.RowIndex?.HasValue == true ? (int)row.RowIndex.Value : nextRow;
                    nextRow = rowNumber + 1;
                    rows[rowNumber] = ReadRow(row, cellText);
                }
                else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
                {
                    if (((MergeCell)reader.LoadCurrentElement()!).Reference?.Value is { } reference)
                    {
                        merges.Add(reference);
                    }
                }
            }
        }

        FillMergedRanges(merges, rows);
        return new SheetGrid { Rows = rows.Select(kv => (kv.Key, kv.Value)).ToList() };
    }

    private static string[] ReadRow(Row row, SpreadsheetCellText cellText)
    {
        var texts = new List<string>();
        var nextColumn = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = SpreadsheetColumns.IndexOf(cell.CellReference?.Value);
            if (column < 0)
            {
                column = nextColumn;
            }

            nextColumn = column + 1;
            if (column > 16_383)
            {
                continue;
            }

            while (texts.Count <= column)
            {
                texts.Add(string.Empty);
            }

            texts[column] = cellText.Read(cell);
        }

        return [.. texts];
    }

    private static void FillMergedRanges(List<string> merges, SortedDictionary<int, string[]> rows)
    {
        foreach (var merge in merges)
        {
            var parts = merge.Split(':');
            if (parts is not { Length: 2 })
            {
                continue;
            }

            int top = SpreadsheetColumns.RowOf(parts[0]), left = SpreadsheetColumns.IndexOf(parts[0]);
            int bottom = SpreadsheetColumns.RowOf(parts[1]), right = SpreadsheetColumns.IndexOf(parts[1]);
            if (top < 1 || left < 0 || bottom < top || right < left || right > 16_383 || bottom - top > 1_048_576
                || !rows.TryGetValue(top, out var topRow) || left >= topRow.Length || topRow[left].Length == 0)
            {
                continue;
            }

            var value = topRow[left];
            for (var r = top; r <= bottom; r++)
            {
                if (!rows.TryGetValue(r, out var cells))
                {
                    // A merged range over rows absent from the XML only matters for rows that hold data elsewhere.
                    continue;
                }

                if (cells.Length <= right)
                {
                    Array.Resize(ref cells, right + 1);
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] ??= string.Empty;
                    }

                    rows[r] = cells;
                }

                for (var c = left; c <= right; c++)
                {
                    if (cells[c].Length == 0)
                    {
                        cells[c] = value;
                    }
                }
            }
        }
    }
}
