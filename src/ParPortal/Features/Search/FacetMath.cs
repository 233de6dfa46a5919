namespace ParPortal.Features.Search;

/// <summary>Turns (facet kind, value, label, count) rows into <see cref="SearchFacets"/>, scaling sampled counts.</summary>
internal static class FacetMath
{
    public static (SearchFacets Facets, bool Sampled) Build(IReadOnlyList<(int Kind, string Value, string? Label, long Count)> rows, int total)
    {
        var sampled = total > SearchLimits.FacetSampleSize;
        var scale = sampled ? (double)total / SearchLimits.FacetSampleSize : 1.0;
        List<FacetCount> Of(int kind, bool byValueDescending) =>
            rows.Where(r => r.Kind == kind)
                .Select(r => new FacetCount(r.Value, r.Label ?? r.Value, (int)Math.Max(1, Math.Round(r.Count * scale))))
                .OrderBy(f => byValueDescending ? 0 : -f.Count)
                .ThenByDescending(f => byValueDescending ? f.Value : "")
                .ThenBy(f => f.Value, StringComparer.Ordinal)
                .ToList();
        return (new SearchFacets(Of(0, false), Of(1, false), Of(2, true), Of(3, false)), sampled);
    }
}
