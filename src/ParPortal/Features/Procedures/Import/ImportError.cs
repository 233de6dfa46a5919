namespace ParPortal.Features.Procedures.Import;

/// <summary>What went wrong with an import, file-wide or in one row.</summary>
public enum ImportErrorKind
{
    TooLarge,
    NotASpreadsheet,
    WrongDocumentKind,
    UnsafeArchive,
    NoProcedureSheet,
    MissingColumns,
    DuplicateCode,
    EmptyValue,
    InvalidValue,

    /// <summary>More rows or merged ranges than the limits, or more work than the time budget (<see cref="ProcedureImportOptions"/>).</summary>
    TooComplex,
}

/// <summary>
/// An import problem with a Vietnamese message for the editor. <see cref="Row"/> is the 1-based spreadsheet row and
/// <see cref="Column"/> the header as written in the file, when the problem belongs to one cell.
/// </summary>
public sealed record ImportError(ImportErrorKind Kind, string Message, int? Row = null, string? Column = null);
