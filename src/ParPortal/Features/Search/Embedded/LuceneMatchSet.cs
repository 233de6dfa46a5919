using System.Collections.Concurrent;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// The documents a match query matches, per segment, without scoring any of them: each word's postings are read into
/// a bit set and "at least m of n" is counted on the bit sets (bit-sliced counters, 64 documents per operation).
/// Scoring the match over 100,000 documents of common words walked a tree of disjunction scorers per document and
/// was most of a search's time; the total and the facets need only which documents match, and the candidates are
/// scored afterwards over a small tier (<see cref="LuceneSearcher"/>).
/// Understands what <see cref="LuceneQueryBuilder.BuildMatch"/> builds (boolean queries of SHOULD and MUST clauses,
/// disjunctions, terms); any other query (phrases, prefixes, constant scores) is read through its own scorer.
/// </summary>
/// <remarks>Segments may be evaluated on several threads (<paramref name="threads"/>): each reads and writes its own
/// entries of the per-segment sets; weights, shared by all, are made under a lock (the search's similarity remembers
/// idfs in a plain dictionary).</remarks>
internal sealed class LuceneMatchSet(IndexSearcher searcher, LuceneQueryBuilder terms, int threads = 1)
{
    private readonly Dictionary<Query, Weight> _weights = new(ReferenceEqualityComparer.Instance);

    // Each term's (and each phrase object's) documents per segment, read once: the title tier counts the same title
    // clauses as the match. Shared: callers that change a set clone it first.
    private readonly ConcurrentDictionary<(int Segment, Term Term), FixedBitSet> _termDocs = [];
    private readonly ConcurrentDictionary<(int Segment, Query Query), FixedBitSet> _queryDocs = new(QueryKeys.Instance);

    /// <summary>Per segment: the matching documents (filter and deletions applied) and how many units each holds in a title field.</summary>
    public sealed class Segment(AtomicReaderContext Context, FixedBitSet Matches, BitCounter TitleUnits)
    {
        public AtomicReaderContext Context { get; } = Context;

        public FixedBitSet Matches { get; } = Matches;

        /// <summary>The matches with at least <paramref name="units"/> query units in a title field.</summary>
        public FixedBitSet TitleTier(int units)
        {
            var tier = TitleUnits.AtLeast(units);
            tier.And(Matches);
            return tier;
        }
    }

    /// <summary>
    /// Evaluates <paramref name="match"/> on every segment and counts per document how many of <paramref name="units"/>
    /// (the clauses of the query that count toward its minimum) match in a title field alone, for the title tiers.
    /// </summary>
    public List<Segment> Evaluate(Query match, IReadOnlyList<Query> units, Filter filter)
    {
        var leaves = searcher.IndexReader.Leaves;
        var segments = new Segment[leaves.Count];
        LuceneParallel.For(threads, leaves.Count, i =>
        {
            var context = leaves[i];
            var maxDoc = context.Reader.MaxDoc;
            var accepted = filter.GetDocIdSet(context, context.AtomicReader.LiveDocs);
            // The matches are the allowed documents narrowed to the match: the sets Docs returns are only read, as a
            // word's set may be shared with other searches (LuceneCommonWords).
            var matches = new FixedBitSet(maxDoc);
            if (accepted?.GetIterator() is { } iterator)
            {
                matches.Or(iterator);
            }
            matches.And(Docs(match, context, titleOnly: false));
            var counter = new BitCounter(maxDoc, units.Count);
            foreach (var unit in units)
            {
                counter.Add(Docs(unit, context, titleOnly: true));
            }
            segments[i] = new Segment(context, matches, counter);
        });
        return segments.ToList();
    }

    /// <summary>The documents of one segment that <paramref name="query"/> matches (only through title fields when asked).</summary>
    private FixedBitSet Docs(Query query, AtomicReaderContext context, bool titleOnly)
    {
        var maxDoc = context.Reader.MaxDoc;
        switch (query)
        {
            case BooleanQuery boolean:
                return BooleanDocs(boolean, context, titleOnly);
            case DisjunctionMaxQuery max:
            {
                var union = new FixedBitSet(maxDoc);
                foreach (var disjunct in max.Disjuncts)
                {
                    union.Or(Docs(disjunct, context, titleOnly));
                }
                return union;
            }
            case TermQuery term:
                return titleOnly && !LuceneFields.IsTitleField(term.Term.Field) ? new FixedBitSet(maxDoc) : TermDocs(term.Term, context);
            default:
            {
                if (titleOnly && !IsTitleQuery(query))
                {
                    return new FixedBitSet(maxDoc);
                }
                if (_queryDocs.TryGetValue((context.Ord, query), out var known))
                {
                    return known;
                }
                var bits = new FixedBitSet(maxDoc);
                Weight? weight;
                lock (_weights)
                {
                    if (!_weights.TryGetValue(query, out weight))
                    {
                        _weights[query] = weight = searcher.CreateNormalizedWeight(query);
                    }
                }
                if (weight.GetScorer(context, null) is { } scorer)
                {
                    bits.Or(scorer);
                }
                _queryDocs[(context.Ord, query)] = bits;
                return bits;
            }
        }
    }

    private FixedBitSet TermDocs(Term term, AtomicReaderContext context)
    {
        if (_termDocs.TryGetValue((context.Ord, term), out var known))
        {
            return known;
        }
        // The term's place in each segment was found once for the search (no seek here).
        var state = terms.Context(term).Get(context.Ord);
        var bits = state is null
            ? new FixedBitSet(context.Reader.MaxDoc)
            : LuceneCommonWords.Get(context.AtomicReader, term, (state as BlockTermState)?.DocFreq ?? 0, () => ReadDocs(term, state, context));
        _termDocs[(context.Ord, term)] = bits;
        return bits;
    }

    private static FixedBitSet ReadDocs(Term term, TermState state, AtomicReaderContext context)
    {
        var bits = new FixedBitSet(context.Reader.MaxDoc);
        if (context.AtomicReader.GetTerms(term.Field) is { } fieldTerms)
        {
            var enumerator = fieldTerms.GetEnumerator();
            enumerator.SeekExact(term.Bytes, state);
            // Set straight into the words: FixedBitSet.Or(iterator) checks and sets one document at a time through
            // its public methods, and a common word has tens of thousands of documents per segment.
            var docs = enumerator.Docs(null, null, DocsFlags.NONE);
            var words = bits.GetBits();
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                words[doc >> 6] |= 1L << doc;
            }
        }
        return bits;
    }

    /// <summary>Lucene's boolean rule: every MUST clause, and at least the minimum of SHOULD clauses (at least one when nothing is required).</summary>
    private FixedBitSet BooleanDocs(BooleanQuery boolean, AtomicReaderContext context, bool titleOnly)
    {
        var maxDoc = context.Reader.MaxDoc;
        var should = boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
        var must = boolean.Clauses.Where(c => c.Occur == Occur.MUST).ToList();
        if (boolean.Clauses.Any(c => c.Occur == Occur.MUST_NOT))
        {
            throw new NotSupportedException("The match query has no excluded clauses.");
        }
        var minimum = must.Count == 0 ? Math.Max(1, boolean.MinimumNumberShouldMatch) : boolean.MinimumNumberShouldMatch;
        FixedBitSet? result = null;
        foreach (var clause in must)
        {
            var docs = Docs(clause.Query, context, titleOnly);
            if (result is null)
            {
                result = docs.Clone();
            }
            else
            {
                result.And(docs);
            }
        }
        if (minimum > 0)
        {
            var counter = new BitCounter(maxDoc, should.Count);
            foreach (var clause in should)
            {
                counter.Add(Docs(clause.Query, context, titleOnly));
            }
            var enough = counter.AtLeast(minimum);
            if (result is null)
            {
                result = enough;
            }
            else
            {
                result.And(enough);
            }
        }
        return result ?? new FixedBitSet(maxDoc);
    }

    /// <summary>
    /// The title part of a match query, every clause optional: it scores a tier of documents already known to match,
    /// reading only the short title postings (null when the query has no title clause).
    /// </summary>
    public static Query? TitleOnly(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
            {
                var result = new BooleanQuery(disableCoord: true) { Boost = boolean.Boost };
                foreach (var clause in boolean.Clauses)
                {
                    if (TitleOnly(clause.Query) is { } part)
                    {
                        result.Add(part, Occur.SHOULD);
                    }
                }
                return result.Clauses.Count == 0 ? null : result;
            }
            case DisjunctionMaxQuery max:
            {
                var result = new DisjunctionMaxQuery(max.TieBreakerMultiplier) { Boost = max.Boost };
                foreach (var disjunct in max.Disjuncts)
                {
                    if (TitleOnly(disjunct) is { } part)
                    {
                        result.Add(part);
                    }
                }
                return result.Disjuncts.Count == 0 ? null : result;
            }
            case TermQuery term:
                return LuceneFields.IsTitleField(term.Term.Field) ? term : null;
            default:
                return IsTitleQuery(query) ? query : null;
        }
    }

    private static bool IsTitleQuery(Query query) => query switch
    {
        PhraseQuery phrase => phrase.GetTerms() is { Length: > 0 } terms && LuceneFields.IsTitleField(terms[0].Field),
        ConstantScoreQuery constant => constant.Query is { } inner && IsTitleQuery(inner),
        _ => false,
    };

    /// <summary>Query objects compared by reference (Lucene's query equality compares contents and boosts).</summary>
    private sealed class QueryKeys : IEqualityComparer<(int Segment, Query Query)>
    {
        public static readonly QueryKeys Instance = new();

        public bool Equals((int Segment, Query Query) x, (int Segment, Query Query) y) => x.Segment == y.Segment && ReferenceEquals(x.Query, y.Query);

        public int GetHashCode((int Segment, Query Query) key) => HashCode.Combine(key.Segment, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Query));
    }
}
