using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParPortal.Features.Office;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// A worksheet as rows of displayed text, read within the limits of <see cref="ProcedureImportOptions"/>. Values of merged ranges are copied into every cell of the range, because
/// agencies merge a field name down over all its procedures and each procedure row needs it.
/// </summary>
internal sealed class SheetGrid
{
    /// <summary>Rows in sheet order: 1-based row number and one text per column (empty when blank).</summary>
    public required IReadOnlyList<(int RowNumber, string[] Cells)> Rows { get; init; }

    /// <summary>
    /// Reads a sheet within <paramref name="options"/>' limits; throws <see cref="SheetLimitException"/> past them
    /// and <see cref="OperationCanceledException"/> when <paramref name="ct"/> (the time budget, or the client
    /// leaving) ends the work.
    /// </summary>
    public static SheetGrid Load(WorksheetPart part, SpreadsheetCellText cellText, ProcedureImportOptions options, CancellationToken ct)
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
                ct.ThrowIfCancellationRequested();
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    var rowNumber = row.RowIndex?.HasValue == true ? (int)Math.Min(row.RowIndex.Value, int.MaxValue) : nextRow;
                    nextRow = rowNumber + 1;
                    rows[rowNumber] = ReadRow(row, cellText);
                    if (rows.Count > options.MaxRows)
                    {
                        throw new SheetLimitException($"Bảng tính có hơn {options.MaxRows:N0} dòng; hãy chia danh sách thành nhiều tệp nhỏ hơn.".Replace(',', '.'));
                    }
                }
                else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
                {
                    if (((MergeCell)reader.LoadCurrentElement()!).Reference?.Value is { } reference)
                    {
                        merges.Add(reference);
                        if (merges.Count > options.MaxMergedRanges)
                        {
                            throw new SheetLimitException($"Bảng tính có hơn {options.MaxMergedRanges:N0} vùng ô gộp; hãy bỏ gộp ô (Unmerge) rồi tải lên lại.".Replace(',', '.'));
                        }
                    }
                }
            }
        }

        FillMergedRanges(merges, rows, ct);
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

    private static void FillMergedRanges(List<string> merges, SortedDictionary<int, string[]> rows, CancellationToken ct)
    {
        // The rows that exist, in order: a range spanning a million rows visits only those (a hostile sheet merges
        // A1:A1048576 thousands of times).
        var present = rows.Keys.ToArray();
        foreach (var merge in merges)
        {
            ct.ThrowIfCancellationRequested();
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
            // A merged range over rows absent from the XML only matters for rows that hold data elsewhere.
            var first = Array.BinarySearch(present, top);
            for (var p = first < 0 ? ~first : first; p < present.Length && present[p] <= bottom; p++)
            {
                var r = present[p];
                var cells = rows[r];
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

/// <summary>A sheet over one of the limits of <see cref="ProcedureImportOptions"/>; the message is for the editor.</summary>
internal sealed class SheetLimitException(string message) : Exception(message);
