using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>Above 10,000 matches the facets are counted over a sample of the matches' bit sets and scaled.</summary>
public sealed class LuceneFacetSampleTests : IDisposable
{
    private const int Count = 12_000;
    private static readonly string[] Types = ["Article", "Document", "Procedure"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp_sample_" + Guid.NewGuid().ToString("N"));
    private readonly LuceneSearchIndex _index;

    public LuceneFacetSampleTests()
    {
        _index = new LuceneSearchIndex(_folder);
        _index.Open();
        var when = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // Types in the proportions 1 : 1 : 2 (Procedure twice), so a biased sample would show.
        var documents = Enumerable.Range(0, Count).Select(i => new SearchDocument(
            Guid.NewGuid(), Types[Math.Min(i % 4, 2)], true, "Báo cáo số " + i, null, "Nội dung.", null, [],
            null, null, when.AddMinutes(i), "/r/" + i)).ToList();
        _index.Add(documents);
        _index.Commit(0, complete: true);
    }

    [Fact]
    public void Search_EstimatesFacetsFromASample_WhenMoreThanTenThousandMatch()
    {
        var first = _index.Search(new SearchRequest("báo cáo"), SynonymSource.Shipped, baseline: false);
        var second = _index.Search(new SearchRequest("báo cáo", Page: 2), SynonymSource.Shipped, baseline: false);

        Assert.Equal(Count, first.Total);
        Assert.True(first.FacetsSampled);
        var types = first.Facets.Types.ToDictionary(f => f.Value, f => f.Count);
        Assert.InRange(types["Procedure"], Count / 2 * 0.95, Count / 2 * 1.05);
        Assert.InRange(types["Article"], Count / 4 * 0.95, Count / 4 * 1.05);
        Assert.InRange(types["Document"], Count / 4 * 0.95, Count / 4 * 1.05);
        // The same sample on every page: the estimates do not change while the user pages.
        Assert.Equal(first.Facets.Types.Select(f => (f.Value, f.Count)), second.Facets.Types.Select(f => (f.Value, f.Count)));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
