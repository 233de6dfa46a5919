namespace ParPortal.Features.Feedback.Deadlines;

/// <summary>A day off or a make-up working day of the calendar, with its name as the notice gives it.</summary>
public sealed record CalendarDay(DateOnly Date, string Name);

/// <summary>
/// The agency's working days: Monday to Friday, less public holidays and the days swapped or given in lieu, plus the
/// Saturdays worked in exchange. The holidays are data (<see cref="HolidayFile"/>) because Tết and the days around
/// 30/4 and 2/9 move every year and are fixed by a yearly notice.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    public WorkingCalendar(IEnumerable<CalendarDay> holidays, IEnumerable<CalendarDay> workdays)
    {
        Holidays = holidays.OrderBy(h => h.Date).ToList();
        Workdays = workdays.OrderBy(w => w.Date).ToList();
        _holidays = Holidays.Select(h => h.Date).ToHashSet();
        _workdays = Workdays.Select(w => w.Date).ToHashSet();
    }

    public IReadOnlyList<CalendarDay> Holidays { get; }

    public IReadOnlyList<CalendarDay> Workdays { get; }

    /// <summary>The years the holiday data covers (a deadline beyond them counts weekends only).</summary>
    public (int From, int To)? Years => Holidays.Count == 0 ? null : (Holidays[0].Date.Year, Holidays[^1].Date.Year);

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/> (the day of receipt does not count:
    /// a question received on Friday with one day to answer is due on Monday).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                n++;
            }
        }

        return n;
    }
}
