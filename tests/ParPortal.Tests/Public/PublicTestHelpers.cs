using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ParPortal.Tests.Public;

/// <summary>Fetching public pages and parsing them the way a browser would.</summary>
internal static class PublicTestHelpers
{
    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} returned {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>The cell texts of a table's body rows, trimmed.</summary>
    public static List<string[]> Rows(this IElement table) =>
        table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
}
