using System.Globalization;

namespace ParPortal.Features.Office;

/// <summary>Dates written the way Vietnamese administrative documents write them.</summary>
public static class VietnameseDates
{
    /// <summary>
    /// "ngày 15 tháng 3 năm 2024". Following Nghị định 30/2020/NĐ-CP, days below 10 and the months 1 and 2 get a
    /// leading zero ("ngày 05 tháng 02 năm 2024") so that the figures cannot be altered by hand afterwards.
    /// </summary>
    public static string Long(DateOnly date)
    {
        var day = date.Day < 10 ? $"0{date.Day}" : date.Day.ToString(CultureInfo.InvariantCulture);
        var month = date.Month <= 2 ? $"0{date.Month}" : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>"15/03/2024", the short form used in tables.</summary>
    public static string Short(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Quảng Trị, ngày 15 tháng 3 năm 2024", the place-and-date line of a document.</summary>
    public static string PlaceAndDate(string? place, DateOnly date)
        => string.IsNullOrWhiteSpace(place) ? Capitalise(Long(date)) : $"{place.Trim()}, {Long(date)}";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
