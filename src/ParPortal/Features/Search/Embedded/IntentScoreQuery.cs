using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using ParPortal.Features.Search.Ranking;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Multiplies the score of documents whose type the query asks for by <see cref="RankingPolicy.IntentFactor"/>
/// (PostgreSQL multiplies its score the same way). The type is read from the per-document "typeno" value, so the
/// boost costs one array read per match.
/// </summary>
internal sealed class IntentScoreQuery(Query subQuery, IReadOnlySet<long> types) : CustomScoreQuery(subQuery)
{
    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) => new Provider(context, types);

    public override string ToString(string field) => $"intent({string.Join(',', types)}, {SubQuery.ToString(field)})";

    private sealed class Provider(AtomicReaderContext context, IReadOnlySet<long> types) : CustomScoreProvider(context)
    {
        private readonly NumericDocValues? _types = context.AtomicReader.GetNumericDocValues(LuceneFields.TypeNumber);

        public override float CustomScore(int doc, float subQueryScore, float valSrcScore) => Boost(doc, subQueryScore);

        public override float CustomScore(int doc, float subQueryScore, float[] valSrcScores) => Boost(doc, subQueryScore);

        private float Boost(int doc, float score) =>
            _types is not null && types.Contains(_types.Get(doc)) ? score * RankingPolicy.IntentFactor : score;
    }
}
