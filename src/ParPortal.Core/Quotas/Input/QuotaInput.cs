namespace ParPortal.Quotas.Input;

/// <summary>
/// A currently published content item as the engine sees it. The caller passes only published items, so an
/// unpublished or archived item simply stops counting. <c>LinkedTaskCodes</c> are codes of this plan's tasks that
/// an editor explicitly linked the item to.
/// </summary>
public sealed record QuotaItem(
    Guid Id,
    string Type,
    string Title,
    string? DocumentKind,
    IReadOnlyCollection<string> Topics,
    string? UnitCode,
    DateTimeOffset PublishedAt,
    IReadOnlyCollection<string> LinkedTaskCodes);

/// <summary>An organisational unit, dated; its successors take over its work after a merger.</summary>
public sealed record QuotaUnit(
    string Code,
    string Name,
    string? ParentCode,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyCollection<string> Successors);

/// <summary>
/// The publication history of one procedure (TTHC) for coverage rules: every version that was ever published, and
/// the moments it was taken off the site. Versions never published (drafts) are not part of it: a procedure the
/// agency never published is not in its public catalogue.
/// </summary>
public sealed record ProcedureHistory(Guid Id, IReadOnlyList<ProcedurePublication> Publications, IReadOnlyList<ProcedureRemoval> Removals);

/// <summary>One published version: when it went public, whether its text was in force (not abolished), its unit.</summary>
public sealed record ProcedurePublication(int VersionNumber, DateTimeOffset PublishedAt, bool InForce, string? UnitCode);

/// <summary>A moment the procedure stopped being public: unpublished, or archived (it leaves the catalogue).</summary>
public sealed record ProcedureRemoval(DateTimeOffset At, bool Archived);

/// <summary>Counts of the agency's procedure catalogue on a date, as a coverage rule reads them.</summary>
public sealed record ProcedureCoverage(int Total, int PublishedAndCurrent);

/// <summary>Everything the engine needs besides the plan.</summary>
public sealed record QuotaInput(
    IReadOnlyList<QuotaItem> Items,
    IReadOnlyList<QuotaUnit> Units,
    IReadOnlyList<ProcedureHistory> Procedures)
{
    /// <summary>Items and units, no procedure history (plans without a coverage rule need none).</summary>
    public QuotaInput(IReadOnlyList<QuotaItem> items, IReadOnlyList<QuotaUnit> units)
        : this(items, units, [])
    {
    }
}
