using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ParPortal.Features.Admin;

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
