using System.Globalization;

namespace ParPortal.Features.Plans;

/// <summary>Dates as Vietnamese administrative texts write them.</summary>
public static class VietnameseDates
{
    /// <summary>"ngày 15 tháng 3 năm 2024" (no leading zeros, as in the body of a report).</summary>
    public static string Long(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {day.Day} tháng {day.Month} năm {day.Year}");

    /// <summary>"15/03/2024", for tables.</summary>
    public static string Short(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
