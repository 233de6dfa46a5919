using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ParPortal.Features.Search.Embedded;

/// <summary>The candidates of the segment being rescored, shared by the rescoring query's phrases.</summary>
internal sealed class CandidateScope
{
    public IBits? Candidates { get; set; }
}

/// <summary>
/// A phrase of the rescoring query that looks only at the rescored candidates (<see cref="LuceneRescorer"/>), while the
/// query's term clauses see every live document. A term's postings then skip straight to each candidate (skip lists);
/// given only the candidates, they were decoded one document at a time up to the next candidate holding the term,
/// most of a common word's postings. A phrase given every document would read the positions of every document
/// holding its words until the next one that has the phrase, so phrases keep the candidates.
/// </summary>
internal sealed class CandidateOnlyQuery(Query inner, CandidateScope scope) : Query
{
    public Query Inner => inner;

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = inner.Rewrite(reader);
        return ReferenceEquals(rewritten, inner) ? this : new CandidateOnlyQuery(rewritten, scope);
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new ScopedWeight(this, inner.CreateWeight(searcher), scope);

    public override void ExtractTerms(ISet<Term> terms) => inner.ExtractTerms(terms);

    public override string ToString(string field) => $"candidates({inner.ToString(field)})";

    // Lucene's query equality compares types and boosts only: two phrases must never be taken for each other.
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private sealed class ScopedWeight(CandidateOnlyQuery query, Weight inner, CandidateScope scope) : Weight
    {
        public override Query Query => query;

        public override Explanation Explain(AtomicReaderContext context, int doc) => inner.Explain(context, doc);

        public override float GetValueForNormalization() => inner.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => inner.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) => inner.GetScorer(context, scope.Candidates ?? acceptDocs);
    }
}
