namespace ParPortal.Quotas.Model;

/// <summary>
/// A reform plan ("Kế hoạch tuyên truyền CCHC năm 2024") with its groups, tasks, rules and reporting periods.
/// This is also the <c>plan</c> step of a plan recipe; see <see cref="PlanJson"/>.
/// </summary>
public sealed record PlanDefinition
{
    /// <summary>Document number as printed, e.g. "826/KH-SGTVT" (may be blank in a draft).</summary>
    public string Number { get; init; } = "";

    public string Title { get; init; } = "";

    public int Year { get; init; }

    /// <summary>
    /// Code of the issuing agency. Its rules count only items of this unit and its sub-units (and, with
    /// <see cref="RollUpMergedUnits"/>, of the units they took over) unless a rule names other units, so that several
    /// agencies' plans can live on one site. Empty: every unit of the site.
    /// </summary>
    public string IssuingUnit { get; init; } = "";

    public string? FileUrl { get; init; }

    /// <summary>Date the plan was signed, when printed ("ngày 15 tháng 01 năm 2024").</summary>
    public DateOnly? IssueDate { get; init; }

    /// <summary>Place written before the date ("Quảng Trị"), also used on the plan's reports.</summary>
    public string? Place { get; init; }

    /// <summary>The signer's title as printed ("GIÁM ĐỐC", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC").</summary>
    public string? SignerTitle { get; init; }

    /// <summary>The signer's name.</summary>
    public string? Signer { get; init; }

    /// <summary>
    /// Whether an item of a renamed, merged or split unit counts for the unit(s) that succeeded it, transitively, and
    /// a per-unit requirement on a unit that no longer exists falls to its successors. On by default: a merger must
    /// not erase a department's history; a plan may turn it off.
    /// </summary>
    public bool RollUpMergedUnits { get; init; } = true;

    public IReadOnlyList<ReportingPeriod> ReportingPeriods { get; init; } = [];

    public IReadOnlyList<PlanGroup> Groups { get; init; } = [];

    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];
}

/// <summary>A content group of the plan's appendix ("1.1. Xây dựng, ban hành …").</summary>
public sealed record PlanGroup(string Code, string Title);

/// <summary>One task of the appendix table with its measurable rules (none for purely regular tasks).</summary>
public sealed record PlanTask
{
    /// <summary>Task code as printed, e.g. "2.11".</summary>
    public string Code { get; init; } = "";

    public string? GroupCode { get; init; }

    public string Content { get; init; } = "";

    /// <summary>Lead unit as written in the plan ("Văn phòng Sở").</summary>
    public string LeadUnit { get; init; } = "";

    /// <summary>Code of the lead unit when it maps to a known unit.</summary>
    public string? LeadUnitCode { get; init; }

    public IReadOnlyList<string> CoordinatingUnits { get; init; } = [];

    /// <summary>Evidence product as written ("Kế hoạch", "Tin, bài").</summary>
    public string EvidenceKind { get; init; } = "";

    /// <summary>Timing as written ("Thường xuyên trong đó 6 tháng đầu năm ít nhất có 02 tin, bài").</summary>
    public string Timing { get; init; } = "";

    public string? BudgetNote { get; init; }

    /// <summary>
    /// The plan prints no number for this task (a sub-row of the appendix, a bullet of the content section): the code
    /// is only the key that links and reports use, and pages show the content alone.
    /// </summary>
    public bool Unnumbered { get; init; }

    /// <summary>Text from the agency's file that the importer did not turn into rules, kept for the office to encode.</summary>
    public string? SourceText { get; init; }

    public IReadOnlyList<QuotaRule> Rules { get; init; } = [];
}

/// <summary>Kind of reporting period.</summary>
public enum ReportingPeriodKind
{
    Quarter,
    HalfYear,
    Year,
    Custom,
}

/// <summary>A reporting period (quý, 6 tháng, năm) with a fixed due date or a due rule.</summary>
public sealed record ReportingPeriod
{
    public string Label { get; init; } = "";

    public ReportingPeriodKind Kind { get; init; }

    public QuotaWindow Window { get; init; } = QuotaWindow.Year();

    public DateOnly? DueDate { get; init; }

    public DueRule? DueRule { get; init; }

    /// <summary>
    /// The date another body set for this report (<see cref="DueAnchor.External"/>), entered by the office when it is
    /// known; the due date is then this date minus <see cref="DueRule.DaysBefore"/>.
    /// </summary>
    public DateOnly? ExternalDueDate { get; init; }

    /// <summary>The plan's own words about this report ("Báo cáo 6 tháng (trước thời gian UBND tỉnh yêu cầu 05 ngày)").</summary>
    public string? Note { get; init; }

    /// <summary>The report's due date: the fixed date, else the rule applied to the resolved window; null while unknown.</summary>
    public DateOnly? ResolveDueDate(int year)
    {
        if (DueDate is { } fixedDate)
        {
            return fixedDate;
        }
        if (DueRule is not { } rule)
        {
            return null;
        }
        if (rule.Anchor == DueAnchor.External)
        {
            return ExternalDueDate?.AddDays(-rule.DaysBefore);
        }
        return Window.Resolve(year) is { } range ? rule.Apply(range) : null;
    }
}

/// <summary>Which month a <see cref="DueRule"/> counts its day in.</summary>
public enum DueAnchor
{
    /// <summary>The last month of the period ("tháng cuối kỳ").</summary>
    LastMonthOfPeriod,
    /// <summary>The month after the period ends.</summary>
    MonthAfterPeriod,
    /// <summary>
    /// A date another body sets ("trước thời gian UBND tỉnh yêu cầu 05 ngày"): unknown until the office enters it as
    /// the period's <see cref="ReportingPeriod.ExternalDueDate"/>.
    /// </summary>
    External,
}

/// <summary>
/// A due date expressed as data, e.g. "trước ngày 12 của tháng cuối kỳ" =
/// { anchor: LastMonthOfPeriod, day: 12, before: true } → day 11 of the period's last month.
/// </summary>
public sealed record DueRule
{
    public DueAnchor Anchor { get; init; } = DueAnchor.LastMonthOfPeriod;

    public int Day { get; init; } = 1;

    /// <summary>"Trước ngày N": the report is due the day before day N.</summary>
    public bool Before { get; init; }

    /// <summary><see cref="DueAnchor.External"/>: days before the other body's date ("05 ngày").</summary>
    public int DaysBefore { get; init; }

    /// <summary><see cref="DueAnchor.External"/>: who sets the date ("UBND tỉnh").</summary>
    public string? Authority { get; init; }

    public DateOnly Apply(DateRange period)
    {
        var month = new DateOnly(period.End.Year, period.End.Month, 1);
        if (Anchor == DueAnchor.MonthAfterPeriod)
        {
            month = month.AddMonths(1);
        }
        var day = Math.Clamp(Day, 1, DateTime.DaysInMonth(month.Year, month.Month));
        var due = month.AddDays(day - 1);
        return Before ? due.AddDays(-1) : due;
    }
}
