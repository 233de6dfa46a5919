using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// The documents of a segment's common words ("thủ", "tục", "hành", "chính": in one document of 16 or more) as bit
/// sets, kept with the segment and shared by every search, as Lucene's later query cache and Elasticsearch's node
/// cache keep frequently used filters. Reading such a word's postings into a bit set decodes tens of thousands of
/// documents per segment at 100,000 items: the first pass of a common-word search read them for every search (4–5 ms
/// of "cải cách hành chính"). A segment never changes, so its sets never go stale; they go with it when merged away.
/// The sets hold every document of the word, deleted or not (the search applies deletions and filters afterwards).
/// </summary>
internal static class LuceneCommonWords
{
    /// <summary>Segments smaller than this read their postings in well under a millisecond: nothing is kept for them.</summary>
    internal const int MinSegmentDocs = 8192;

    /// <summary>A word counts as common in a segment when at least one document in this many holds it.</summary>
    internal const int Share = 16;

    /// <summary>
    /// Sets kept per segment (a set is a bit per document: 12.5 KB at 100,000 documents, 3.2 MB for all of them). When
    /// full, the segment's sets are dropped and kept anew from the words searched since, so the words in use stay.
    /// </summary>
    internal const int MaxWordsPerSegment = 256;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<Term, FixedBitSet>> Segments = new();

    /// <summary>Off for the benchmark's cold figures (`search --cold-words`), so each search reads every posting.</summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>
    /// The word's documents in the segment: kept ones, or read by <paramref name="read"/> (and kept when the word is
    /// common there). The set returned must not be changed.
    /// </summary>
    public static FixedBitSet Get(AtomicReader segment, Term term, int segmentDocFreq, Func<FixedBitSet> read)
    {
        if (!Enabled || segment.MaxDoc < MinSegmentDocs || (long)segmentDocFreq * Share < segment.MaxDoc)
        {
            return read();
        }
        var words = Segments.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<Term, FixedBitSet>());
        if (words.TryGetValue(term, out var kept))
        {
            return kept;
        }
        var bits = read();
        if (words.Count >= MaxWordsPerSegment)
        {
            words.Clear();
        }
        // The key is a copy: a query's term bytes belong to the query.
        words.TryAdd(new Term(term.Field, BytesRef.DeepCopyOf(term.Bytes)), bits);
        return bits;
    }

    /// <summary>How many sets the segment keeps (tests).</summary>
    internal static int Count(AtomicReader segment) => Segments.TryGetValue(segment.CoreCacheKey, out var words) ? words.Count : 0;
}
