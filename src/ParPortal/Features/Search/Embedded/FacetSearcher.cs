using System.Collections.Concurrent;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// A searcher with the policy's similarity and the facet ordinals of its reader, computed once per reader (after
/// each refresh) on first use rather than on every search: building them walks every segment's facet values.
/// Each field's collection statistics are kept for the reader too: Lucene computes them for every term and phrase
/// weight through a merged view of the segments built anew each time, and a search builds a few hundred weights
/// (a seventh of the rescoring's time on common-word searches).
/// </summary>
internal sealed class FacetSearcher : IndexSearcher
{
    private readonly Lazy<SortedSetDocValuesReaderState?> _facets;
    private readonly ConcurrentDictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);

    /// <param name="threads">Threads one search on it may use (<see cref="LuceneParallel"/>).</param>
    public FacetSearcher(IndexReader reader, int threads = 1) : base(reader)
    {
        Threads = Math.Max(1, threads);
        Similarity = new LuceneFields.PolicySimilarity(reader);
        _facets = new Lazy<SortedSetDocValuesReaderState?>(() =>
        {
            try
            {
                return new DefaultSortedSetDocValuesReaderState(reader);
            }
            catch (ArgumentException)
            {
                // No document has facet values yet (an empty index): there is nothing to count.
                return null;
            }
        });
    }

    public SortedSetDocValuesReaderState? FacetState => _facets.Value;

    /// <summary>Threads one search on this searcher may use for its segments.</summary>
    public int Threads { get; }

    /// <summary>The field's statistics, computed once per reader (a reader never changes).</summary>
    public override CollectionStatistics CollectionStatistics(string field) => _statistics.GetOrAdd(field, base.CollectionStatistics);
}

/// <summary>
/// The searcher of one search: the policy's similarity remembering each word's idf for this search, over the shared
/// searcher's reader and its kept collection statistics.
/// </summary>
internal sealed class PolicySearcher(FacetSearcher shared) : IndexSearcher(shared.TopReaderContext)
{
    public override CollectionStatistics CollectionStatistics(string field) => shared.CollectionStatistics(field);
}

internal sealed class FacetSearcherFactory(int threads) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new FacetSearcher(reader, threads);
}
