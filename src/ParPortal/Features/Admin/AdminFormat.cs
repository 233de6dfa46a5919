using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ParPortal.Features.Admin;

/// <summary>Formatting shared by admin pages: times shown in Vietnam time (UTC+7), as editors read them.</summary>
public static class AdminFormat
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static string Time(DateTime? utc) =>
        utc is null ? "–" : new DateTimeOffset(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc)).ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The value for an &lt;input type="datetime-local"&gt; in Vietnam time.</summary>
    public static string LocalInput(DateTime? utc) =>
        utc is null ? string.Empty : new DateTimeOffset(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc)).ToOffset(VietnamOffset).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads a datetime-local value as Vietnam time.</summary>
    public static DateTimeOffset? FromLocalInput(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, VietnamOffset)
            : null;
}

/// <summary>A pager: current page, count, and the query string to keep.</summary>
public sealed record PagerModel(int Page, int PageCount, string? Query)
{
    public string Url(int page)
    {
        var q = QueryHelpers.ParseQuery(Query);
        var kept = q.Where(kv => kv.Key != "page").SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)));
        return QueryHelpers.AddQueryString(string.Empty, kept.Append(new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture))));
    }
}
