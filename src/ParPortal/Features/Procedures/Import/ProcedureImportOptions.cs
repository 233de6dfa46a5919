namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// Bounds on reading a procedure spreadsheet, bound from <c>ParPortal:ProcedureImport</c>. The file's size and zip
/// structure are checked first (<see cref="Office.OfficePackageLimits"/>); these bound the work its content can ask
/// for, so that a small hostile file cannot keep the server busy or fill its memory.
/// </summary>
public sealed class ProcedureImportOptions
{
    public const string Section = "ParPortal:ProcedureImport";

    /// <summary>
    /// The most rows a sheet may have (default 10,000). A province's list has about 2,000 procedures and the national
    /// catalogue about 6,000; a sheet of a million rows would offer to create a million procedures.
    /// </summary>
    public int MaxRows { get; set; } = 10_000;

    /// <summary>
    /// The most merged ranges a sheet may have (default 5,000). Agencies merge a field's name down over its
    /// procedures, a few hundred ranges in a large list; every range costs work for each row it spans.
    /// </summary>
    public int MaxMergedRanges { get; set; } = 5_000;

    /// <summary>
    /// How long reading one file may take (default 20 seconds). The largest real list reads in about two seconds on
    /// a 2-core server; past the budget the file is refused as too complex.
    /// </summary>
    public TimeSpan ReadTimeBudget { get; set; } = TimeSpan.FromSeconds(20);
}
