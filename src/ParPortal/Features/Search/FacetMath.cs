namespace ParPortal.Features.Search;

internal enum FacetKind
{
    Type = 0,
    Topic = 1,
    Year = 2,
    Unit = 3,
}

/// <summary>A facet value counted by an engine; <see cref="Label"/> is for display (the unit's name).</summary>
internal sealed record FacetRow(FacetKind Kind, string Value, string? Label, long Count);

/// <summary>Turns counted facet rows into <see cref="SearchFacets"/>, scaling counts that were taken over a sample.</summary>
internal static class FacetMath
{
    /// <param name="rows">The counts as the engine found them.</param>
    /// <param name="scale">1 when every match was counted; total ÷ counted when only a sample was.</param>
    public static SearchFacets Build(IReadOnlyList<FacetRow> rows, double scale)
    {
        List<FacetCount> Of(FacetKind kind, bool byValueDescending) =>
            rows.Where(r => r.Kind == kind)
                .Select(r => new FacetCount(r.Value, r.Label ?? r.Value, (int)Math.Max(1, Math.Round(r.Count * scale))))
                .OrderBy(f => byValueDescending ? 0 : -f.Count)
                .ThenByDescending(f => byValueDescending ? f.Value : "")
                .ThenBy(f => f.Value, StringComparer.Ordinal)
                .ToList();
        return new SearchFacets(Of(FacetKind.Type, false), Of(FacetKind.Topic, false), Of(FacetKind.Year, true), Of(FacetKind.Unit, false));
    }
}
