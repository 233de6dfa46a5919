namespace ParPortal.Quotas.Model;

/// <summary>How a rule's or a period's window is expressed in a plan.</summary>
public enum WindowKind
{
    /// <summary>The whole plan year.</summary>
    Year,
    /// <summary>January to June ("6 tháng đầu năm").</summary>
    FirstHalf,
    /// <summary>July to December.</summary>
    SecondHalf,
    /// <summary>A range of quarters, <see cref="QuotaWindow.FromQuarter"/> to <see cref="QuotaWindow.ToQuarter"/> ("Quý 2 – Quý 3").</summary>
    Quarters,
    /// <summary>One month, <see cref="QuotaWindow.Month"/> ("Tháng 01/2024").</summary>
    Month,
    /// <summary>Explicit dates, <see cref="QuotaWindow.From"/> to <see cref="QuotaWindow.To"/>.</summary>
    Custom,
    /// <summary>
    /// From the start of the reporting period <see cref="QuotaWindow.Period"/> to <see cref="QuotaWindow.DaysBefore"/>
    /// days before that period's due date: "Báo cáo 6 tháng (trước thời gian UBND tỉnh yêu cầu 05 ngày)".
    /// </summary>
    PeriodDue,
}

/// <summary>
/// A window of local dates (Asia/Ho_Chi_Minh), resolved against the plan year. Both ends are inclusive.
/// </summary>
public sealed record QuotaWindow
{
    public WindowKind Kind { get; init; } = WindowKind.Year;

    /// <summary>First quarter (1–4) of a <see cref="WindowKind.Quarters"/> window.</summary>
    public int? FromQuarter { get; init; }

    /// <summary>Last quarter (1–4) of a <see cref="WindowKind.Quarters"/> window; defaults to <see cref="FromQuarter"/>.</summary>
    public int? ToQuarter { get; init; }

    /// <summary>Month (1–12) of a <see cref="WindowKind.Month"/> window.</summary>
    public int? Month { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Label of the reporting period a <see cref="WindowKind.PeriodDue"/> window follows.</summary>
    public string? Period { get; init; }

    /// <summary>Days before the period's due date that a <see cref="WindowKind.PeriodDue"/> window ends.</summary>
    public int? DaysBefore { get; init; }

    public static QuotaWindow Year() => new();

    public static QuotaWindow FirstHalf() => new() { Kind = WindowKind.FirstHalf };

    public static QuotaWindow Quarter(int from, int? to = null) => new() { Kind = WindowKind.Quarters, FromQuarter = from, ToQuarter = to ?? from };

    public static QuotaWindow InMonth(int month) => new() { Kind = WindowKind.Month, Month = month };

    public static QuotaWindow Between(DateOnly from, DateOnly to) => new() { Kind = WindowKind.Custom, From = from, To = to };

    /// <summary>
    /// Resolves the window in a plan. A <see cref="WindowKind.PeriodDue"/> window ends <see cref="DaysBefore"/> days
    /// before its period's due date; while that date is unknown (a date another body sets and the office has not
    /// entered yet) it ends with the period, and <see cref="DueUnknown"/> says so.
    /// </summary>
    public DateRange? Resolve(PlanDefinition plan)
    {
        if (Kind != WindowKind.PeriodDue)
        {
            return Resolve(plan.Year);
        }
        var period = plan.ReportingPeriods.FirstOrDefault(p => string.Equals(p.Label, Period, StringComparison.Ordinal));
        if (period is null || period.Window.Kind == WindowKind.PeriodDue || period.Window.Resolve(plan.Year) is not { } range)
        {
            return null;
        }
        return period.ResolveDueDate(plan.Year) is { } due ? new DateRange(range.Start, due.AddDays(-(DaysBefore ?? 0))) : range;
    }

    /// <summary>Whether a <see cref="WindowKind.PeriodDue"/> window still waits for its period's due date.</summary>
    public bool DueUnknown(PlanDefinition plan) =>
        Kind == WindowKind.PeriodDue
        && plan.ReportingPeriods.FirstOrDefault(p => string.Equals(p.Label, Period, StringComparison.Ordinal)) is { } period
        && period.ResolveDueDate(plan.Year) is null;

    /// <summary>
    /// Resolves the window to dates in <paramref name="year"/>; null when the window is malformed or needs the plan
    /// (<see cref="WindowKind.PeriodDue"/>: use <see cref="Resolve(PlanDefinition)"/>).
    /// </summary>
    public DateRange? Resolve(int year)
    {
        switch (Kind)
        {
            case WindowKind.Year:
                return new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            case WindowKind.FirstHalf:
                return new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30));
            case WindowKind.SecondHalf:
                return new DateRange(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));
            case WindowKind.Quarters:
                var q1 = FromQuarter ?? 0;
                var q2 = ToQuarter ?? q1;
                if (q1 is < 1 or > 4 || q2 is < 1 or > 4)
                {
                    return null;
                }
                var start = new DateOnly(year, (q1 - 1) * 3 + 1, 1);
                var endMonth = new DateOnly(year, (q2 - 1) * 3 + 3, 1);
                return new DateRange(start, endMonth.AddMonths(1).AddDays(-1));
            case WindowKind.Month:
                if (Month is not (>= 1 and <= 12))
                {
                    return null;
                }
                var first = new DateOnly(year, Month.Value, 1);
                return new DateRange(first, first.AddMonths(1).AddDays(-1));
            case WindowKind.Custom:
                return From is { } f && To is { } t ? new DateRange(f, t) : null;
            default:
                return null;
        }
    }
}
