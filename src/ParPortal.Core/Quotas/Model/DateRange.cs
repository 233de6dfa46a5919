namespace ParPortal.Quotas.Model;

/// <summary>An inclusive range of local dates. It may be "inverted" (End before Start) only in invalid plans.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool IsValid => End >= Start;

    /// <summary>Number of days in the range, counting both ends.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The overlap of two ranges, or null when they do not overlap.</summary>
    public DateRange? Intersect(DateRange other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return end >= start ? new DateRange(start, end) : null;
    }
}
