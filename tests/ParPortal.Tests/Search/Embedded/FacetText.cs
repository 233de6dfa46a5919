using ParPortal.Features.Search;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>Facets as one comparable line (every dimension's values and counts, in value order), for equivalence tests.</summary>
internal static class FacetText
{
    public static string Describe(SearchFacets facets) => string.Join(" | ", new[] { facets.Types, facets.Topics, facets.Years, facets.Units }
        .Select(list => string.Join(",", list.OrderBy(f => f.Value, StringComparer.Ordinal).Select(f => $"{f.Value}={f.Count}"))));
}
