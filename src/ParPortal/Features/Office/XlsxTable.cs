namespace ParPortal.Features.Office;

/// <summary>The few cell looks our spreadsheets use; the numbers are the cellXfs indexes that <see cref="XlsxTableWriter"/> writes.</summary>
public enum XlsxStyle : uint
{
    Normal = 0,
    Header = 1,
    Wrapped = 2,
    Title = 3,
    Bold = 4,
}

/// <summary>A cell of text and its look.</summary>
public readonly record struct XlsxCell(string Text, XlsxStyle Style = XlsxStyle.Normal);

/// <summary>One worksheet to write: rows of text cells, column widths in characters, frozen top rows and merged ranges.</summary>
public sealed class XlsxTable
{
    public required string SheetName { get; init; }

    public IReadOnlyList<double> ColumnWidths { get; init; } = [];

    /// <summary>Rows kept in view when scrolling (the header row, and any title rows above it).</summary>
    public int FrozenRows { get; init; }

    public List<IReadOnlyList<XlsxCell>> Rows { get; } = [];

    /// <summary>Print landscape, scaled to the page width (reports); otherwise the printer defaults apply.</summary>
    public bool PrintLandscapeFitToWidth { get; init; }

    /// <summary>Merged ranges such as "A1:F1".</summary>
    public List<string> Merges { get; } = [];
}
