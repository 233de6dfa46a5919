namespace ParPortal.Time;

/// <summary>
/// Local time in Asia/Ho_Chi_Minh. Viet Nam has used UTC+7 without daylight saving since 1975, so a fixed offset is
/// exact for every date the product handles and avoids a time-zone database look-up per item. Everything stored is
/// UTC; people read and type Vietnam time, so every conversion between the two goes through here.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The calendar day in Viet Nam of an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime + Offset);

    /// <summary>The calendar day in Viet Nam of a stored UTC time.</summary>
    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(AsUtc(utc) + Offset);

    /// <summary>The local day number (see <see cref="DateOnly.DayNumber"/>) of an instant, without allocating.</summary>
    public static int LocalDayNumber(DateTimeOffset instant) => (int)((instant.UtcTicks + Offset.Ticks) / TimeSpan.TicksPerDay);

    /// <summary>Today in Viet Nam by the given clock.</summary>
    public static DateOnly Today(TimeProvider clock) => LocalDate(clock.GetUtcNow());

    /// <summary>A stored UTC time as Vietnam time.</summary>
    public static DateTimeOffset ToLocal(DateTime utc) => new DateTimeOffset(AsUtc(utc)).ToOffset(Offset);

    /// <summary>An instant as Vietnam time.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>A wall-clock time typed in Viet Nam (a form field), as an instant.</summary>
    public static DateTimeOffset FromLocal(DateTime wallClock) => new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), Offset);

    /// <summary>The UTC time at which a local day begins: the lower bound of "on or after this day".</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>The UTC time at which the local day after <paramref name="day"/> begins: the bound of "up to this day".</summary>
    public static DateTime EndOfDayUtc(DateOnly day) => StartOfDayUtc(day.AddDays(1));

    /// <summary>Stored times come back from SQLite as Unspecified; they are UTC by the model's convention.</summary>
    private static DateTime AsUtc(DateTime t) => t.Kind == DateTimeKind.Utc ? t : DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
