namespace ParPortal.Quotas.Engine;

/// <summary>
/// Local dates in Asia/Ho_Chi_Minh. Viet Nam has used UTC+7 without daylight saving since 1975, so a fixed
/// offset is exact for every date a plan can cover and avoids a time-zone database look-up per item.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime + Offset);

    /// <summary>The local day number (see <see cref="DateOnly.DayNumber"/>) of an instant, without allocating.</summary>
    public static int LocalDayNumber(DateTimeOffset instant) => (int)((instant.UtcTicks + Offset.Ticks) / TimeSpan.TicksPerDay);
}
