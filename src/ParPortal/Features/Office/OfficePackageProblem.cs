namespace ParPortal.Features.Office;

/// <summary>Why an uploaded Office file was refused before parsing.</summary>
public enum OfficePackageProblem
{
    None,
    TooLarge,
    NotAPackage,
    WrongDocumentKind,
    UnsafeArchive,
}

/// <summary>The outcome of <see cref="OfficePackageGuard.Check"/>: no problem, or a problem with a Vietnamese message.</summary>
public sealed record OfficePackageCheck(OfficePackageProblem Problem, string Message)
{
    public static OfficePackageCheck Ok { get; } = new(OfficePackageProblem.None, string.Empty);

    public bool IsOk => Problem == OfficePackageProblem.None;
}
