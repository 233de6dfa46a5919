using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using ParPortal.Features.Content;

namespace ParPortal.Features.Public;

/// <summary>One line of a public list: title with link, summary, date, unit and, when it has one, its picture.</summary>
public sealed record ItemSummary(string Title, string Url, string? Summary, DateTime? PublishedUtc, string? UnitName, ListImage? Image = null);

/// <summary>A public pager over ?trang=; the other query keys (filters) are kept in its links.</summary>
public sealed record PublicPager(int Page, int PageCount, int Total, QueryString Query)
{
    public const string Key = "trang";

    public PublicPager(PageRequest paging, int total, QueryString query)
        : this(paging.Number, paging.PageCount(total), total, query)
    {
    }

    public string Url(int page)
    {
        var kept = QueryHelpers.ParseQuery(Query.Value)
            .Where(kv => kv.Key != Key)
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)));
        if (page > 1)
        {
            kept = kept.Append(new KeyValuePair<string, string?>(Key, page.ToString(CultureInfo.InvariantCulture)));
        }

        var url = QueryHelpers.AddQueryString(string.Empty, kept);
        return url.Length == 0 ? "?" : url;
    }
}
