using System.Globalization;

namespace ParPortal.Features.Public;

/// <summary>
/// Dates as the public reads them, in Vietnam time: "ngày 15 tháng 3 năm 2024" in Vietnamese and "15 March 2024" in
/// English. .NET's vi-VN long date pattern includes the weekday and differs by platform, so the form is built here.
/// </summary>
public static class VietnameseDate
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>The calendar day in Vietnam of a UTC instant.</summary>
    public static DateOnly DayOf(DateTime utc) =>
        DateOnly.FromDateTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(VietnamOffset).DateTime);

    public static string Long(DateTime? utc) => utc is null ? string.Empty : Long(DayOf(utc.Value));

    public static string Long(DateOnly? day)
    {
        if (day is not { } d)
        {
            return string.Empty;
        }

        return IsEnglish
            ? d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"))
            : string.Create(CultureInfo.InvariantCulture, $"ngày {d.Day} tháng {d.Month} năm {d.Year}");
    }

    /// <summary>The short form used in lists and tables: 15/03/2024.</summary>
    public static string Short(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Short(DateTime? utc) => utc is null ? string.Empty : Short(DayOf(utc.Value));

    /// <summary>The machine form for &lt;time datetime&gt;.</summary>
    public static string Iso(DateTime? utc) => utc is null ? string.Empty : DayOf(utc.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
