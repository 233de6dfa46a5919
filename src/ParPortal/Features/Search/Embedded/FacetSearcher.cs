using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// A searcher with the policy's similarity and the facet ordinals of its reader, computed once per reader (after
/// each refresh) on first use rather than on every search: building them walks every segment's facet values.
/// </summary>
internal sealed class FacetSearcher : IndexSearcher
{
    private readonly Lazy<SortedSetDocValuesReaderState?> _facets;

    public FacetSearcher(IndexReader reader) : base(reader)
    {
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
}

internal sealed class FacetSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new FacetSearcher(reader);
}
