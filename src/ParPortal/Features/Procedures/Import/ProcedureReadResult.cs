namespace ParPortal.Features.Procedures.Import;

/// <summary>One data row of the import file: its record when it parsed, and its problems.</summary>
public sealed record ProcedureRow(int RowNumber, ProcedureRecord? Record, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Record is not null && Errors.Count == 0;
}

/// <summary>
/// What <see cref="ProcedureSpreadsheetReader"/> read. When <see cref="FileErrors"/> is not empty the file was refused
/// as a whole and <see cref="Rows"/> is empty.
/// </summary>
public sealed record ProcedureReadResult(IReadOnlyList<ImportError> FileErrors, IReadOnlyList<ProcedureRow> Rows, string? SheetName = null)
{
    public bool Succeeded => FileErrors.Count == 0;

    /// <summary>Records of the rows without errors.</summary>
    public IReadOnlyList<ProcedureRecord> Records => Rows.Where(r => r.IsValid).Select(r => r.Record!).ToList();

    /// <summary>All row-level errors, in row order.</summary>
    public IReadOnlyList<ImportError> RowErrors => Rows.SelectMany(r => r.Errors).ToList();

    internal static ProcedureReadResult Failed(ImportError error) => new([error], []);
}
