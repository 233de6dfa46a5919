using System.Globalization;

namespace ParPortal.Time;

/// <summary>
/// Dates and times as Vietnamese readers write them, in Vietnam time: "15/03/2024" in lists and tables,
/// "15/03/2024 08:30" where the hour matters (the admin), "ngày 15 tháng 3 năm 2024" in running text, and the
/// official form of Nghị định 30/2020/NĐ-CP in documents. .NET's vi-VN long pattern includes the weekday and differs
/// by platform, so every form is built here.
/// </summary>
public static class VietnameseDate
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"15/03/2024", the short form of lists and tables.</summary>
    public static string Short(DateOnly? day) => day?.ToString("dd/MM/yyyy", Invariant) ?? string.Empty;

    public static string Short(DateTime? utc) => utc is null ? string.Empty : Short(VietnamTime.LocalDate(utc.Value));

    /// <summary>"15/03/2024 08:30" in Vietnam time; a dash when there is no time.</summary>
    public static string WithTime(DateTime? utc) => utc is null ? "–" : WithTime(VietnamTime.ToLocal(utc.Value));

    public static string WithTime(DateTimeOffset? instant) =>
        instant is null ? "–" : VietnamTime.ToLocal(instant.Value).ToString("dd/MM/yyyy HH:mm", Invariant);

    /// <summary>
    /// "ngày 15 tháng 3 năm 2024" for Vietnamese readers, "15 March 2024" when the page is in English: running text on
    /// the public site.
    /// </summary>
    public static string Long(DateOnly? day)
    {
        if (day is not { } d)
        {
            return string.Empty;
        }

        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"))
            : string.Create(Invariant, $"ngày {d.Day} tháng {d.Month} năm {d.Year}");
    }

    public static string Long(DateTime? utc) => utc is null ? string.Empty : Long(VietnamTime.LocalDate(utc.Value));

    /// <summary>
    /// "ngày 05 tháng 02 năm 2024", the official form: following Nghị định 30/2020/NĐ-CP, days below 10 and the months
    /// 1 and 2 get a leading zero so that the figures cannot be altered by hand afterwards.
    /// </summary>
    public static string Official(DateOnly date)
    {
        var day = date.Day < 10 ? $"0{date.Day}" : date.Day.ToString(Invariant);
        var month = date.Month <= 2 ? $"0{date.Month}" : date.Month.ToString(Invariant);
        return $"ngày {day} tháng {month} năm {date.Year.ToString(Invariant)}";
    }

    /// <summary>"Quảng Trị, ngày 15 tháng 3 năm 2024", the place-and-date line of an official document.</summary>
    public static string PlaceAndDate(string? place, DateOnly date)
    {
        var official = Official(date);
        return string.IsNullOrWhiteSpace(place) ? char.ToUpperInvariant(official[0]) + official[1..] : $"{place.Trim()}, {official}";
    }

    /// <summary>The machine form for &lt;time datetime&gt; and file names: 2024-03-15.</summary>
    public static string Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", Invariant) ?? string.Empty;

    public static string Iso(DateTime? utc) => utc is null ? string.Empty : Iso(VietnamTime.LocalDate(utc.Value));

    /// <summary>The value of an &lt;input type="datetime-local"&gt; in Vietnam time.</summary>
    public static string LocalInput(DateTime? utc) =>
        utc is null ? string.Empty : VietnamTime.ToLocal(utc.Value).ToString("yyyy-MM-ddTHH:mm", Invariant);

    /// <summary>Reads a datetime-local value (or "dd/MM/yyyy HH:mm") as Vietnam time; null when it is not a time.</summary>
    public static DateTimeOffset? FromLocalInput(string? value) =>
        DateTime.TryParse(value, Invariant, DateTimeStyles.None, out var local) ? VietnamTime.FromLocal(local) : null;
}
