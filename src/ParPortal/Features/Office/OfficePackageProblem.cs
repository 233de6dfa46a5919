namespace ParPortal.Features.Office;

/// <summary>The kinds of Office package the site accepts.</summary>
public enum OfficeDocumentKind
{
    Unknown,
    Docx,
    Xlsx,
    Odt,
    Ods,
}

/// <summary>Why an Office file was refused before parsing.</summary>
public enum OfficePackageProblem
{
    None,
    TooLarge,
    /// <summary>Not a zip at all, or a zip that is not an Office document.</summary>
    NotAPackage,
    /// <summary>The old binary formats (.doc, .xls) that nothing here reads.</summary>
    LegacyFormat,
    /// <summary>A zip whose structure or checksums are broken.</summary>
    Corrupt,
    /// <summary>An Office document, but not of the kind asked for (a .docx where a workbook was expected).</summary>
    WrongDocumentKind,
    /// <summary>Too many parts, too large once decompressed, or compressed suspiciously well: a zip bomb.</summary>
    UnsafeArchive,
}

/// <summary>The outcome of <see cref="OfficePackageGuard.Check"/>: the document's kind, or a problem with a Vietnamese message.</summary>
public sealed record OfficePackageCheck(OfficePackageProblem Problem, string Message, OfficeDocumentKind Kind = OfficeDocumentKind.Unknown)
{
    public static OfficePackageCheck Accepted(OfficeDocumentKind kind) => new(OfficePackageProblem.None, string.Empty, kind);

    public bool IsOk => Problem == OfficePackageProblem.None;
}
