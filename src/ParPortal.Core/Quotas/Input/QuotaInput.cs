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

/// <summary>Snapshot of the agency's procedure catalogue for coverage rules.</summary>
public sealed record ProcedureCoverage(int Total, int PublishedAndCurrent);

/// <summary>Everything the engine needs besides the plan.</summary>
public sealed record QuotaInput(
    IReadOnlyList<QuotaItem> Items,
    IReadOnlyList<QuotaUnit> Units,
    ProcedureCoverage Coverage);
