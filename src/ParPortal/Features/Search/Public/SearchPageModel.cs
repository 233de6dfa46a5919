using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Public;
using ParPortal.Features.Search.Integration;
using ParPortal.Features.Search.Api;

namespace ParPortal.Features.Search.Public;

/// <summary>The search form, facets, hits and paging shared by the public and the admin search pages.</summary>
public abstract class SearchPageModel(SearchService search, ParPortalDbContext db) : PublicPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int CurrentPage { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    protected abstract bool IncludeDrafts { get; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Meta.Title = string.IsNullOrWhiteSpace(Q) ? T("Tìm kiếm") : $"{T("Tìm kiếm")}: {Q}";
        Meta.CanonicalPath = "/tim-kiem";
        Meta.Section = "tim-kiem";
        Meta.Crumb(T("Tìm kiếm"));
        var hasFilter = !string.IsNullOrWhiteSpace(Q) || Type is not null || Topic is not null || Year is not null || Unit is not null;
        if (hasFilter)
        {
            var request = new SearchRequest(Q, SearchEndpoints.Split(Type), SearchEndpoints.Split(Topic), Year, Unit, CurrentPage, 10, IncludeDrafts);
            var results = await search.SearchAsync(request, User, ct);
            // The index stores topic slugs; people read topic names.
            var names = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Slug, t => t.Name, ct);
            Results = results with
            {
                Facets = results.Facets with
                {
                    Topics = results.Facets.Topics.Select(f => f with { Label = names.GetValueOrDefault(f.Value) ?? f.Label }).ToList(),
                },
            };
        }
    }

    public bool IsActive(string name, string value) => Current(name) == value;

    public string FacetUrl(string name, string value) => LinkWith(new Dictionary<string, string?> { [name] = IsActive(name, value) ? null : value, ["page"] = null });

    public string PageUrl(int page) => LinkWith(new Dictionary<string, string?> { ["page"] = page.ToString(CultureInfo.InvariantCulture) });

    private string? Current(string name) => name switch
    {
        "type" => Type,
        "topic" => Topic,
        "year" => Year?.ToString(CultureInfo.InvariantCulture),
        "unit" => Unit,
        _ => null,
    };

    private string LinkWith(Dictionary<string, string?> changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q, ["type"] = Type, ["topic"] = Topic, ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["unit"] = Unit,
            ["page"] = CurrentPage > 1 ? CurrentPage.ToString(CultureInfo.InvariantCulture) : null,
        };
        foreach (var (k, v) in changes)
        {
            values[k] = v;
        }

        return QueryHelpers.AddQueryString(Request.Path, values.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}

/// <summary>The public search: published content only.</summary>
public sealed class IndexModel(SearchService search, ParPortalDbContext db) : SearchPageModel(search, db)
{
    protected override bool IncludeDrafts => false;
}
