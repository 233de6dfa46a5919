using Lucene.Net.Index;
using Lucene.Net.Store;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Ranking;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>
/// The rescorer scores only the candidates (its scorers' accepted documents), segment by segment: each candidate must
/// get exactly the score the whole policy gives it when searched the ordinary way.
/// </summary>
public sealed class LuceneRescorerTests : IDisposable
{
    private static readonly string[] Titles =
    [
        "Thủ tục hành chính cấp xã", "Hành chính thủ tục cấp huyện", "Kế hoạch cải cách hành chính năm 2024",
        "Ủy ban nhân dân tỉnh", "Số hóa hồ sơ thủ tục", "Cải cách thủ tục hành chính trực tuyến",
    ];

    private static readonly string[] Sentences =
    [
        "Ủy ban nhân dân tỉnh chỉ đạo cải cách hành chính.", "Thời hạn giải quyết thủ tục hành chính là năm ngày.",
        "Người dân nộp hồ sơ trực tuyến.", "Hành chính cải cách và thủ tục.", "Số hóa hồ sơ thủ tục hành chính tại một cửa.",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp_rescore_" + Guid.NewGuid().ToString("N"));
    private readonly LuceneSearchIndex _index;

    public LuceneRescorerTests()
    {
        _index = new LuceneSearchIndex(_folder);
        _index.Open();
        var random = new Random(12);
        var when = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var documents = Enumerable.Range(0, 900).Select(i => new SearchDocument(
            Guid.NewGuid(), i % 2 == 0 ? "Article" : "Procedure", true,
            Titles[random.Next(Titles.Length)] + " " + i, Sentences[random.Next(Sentences.Length)],
            string.Join(' ', Enumerable.Range(0, 1 + random.Next(5)).Select(_ => Sentences[random.Next(Sentences.Length)])),
            null, [], null, null, when.AddHours(i), "/x/" + i)).ToList();
        // Two commits: two segments, so each segment's candidates are set apart.
        _index.Add(documents[..500]);
        _index.Commit(0, complete: true);
        _index.Add(documents[500..]);
        _index.Commit(0, complete: true);
    }

    [Theory]
    [InlineData("thủ tục hành chính")]
    [InlineData("cai cach hanh chinh")]
    [InlineData("ủy ban nhân dân tỉnh")]
    [InlineData("số hóa hồ sơ thủ tục hành chính")]
    public void Rescore_GivesEachCandidateItsPolicyScore_WhenCandidatesSpanSegments(string text)
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(_folder));
        Assert.True(reader.Leaves.Count >= 2, $"{reader.Leaves.Count} segments");
        var searcher = new FacetSearcher(reader);
        var builder = new LuceneQueryBuilder(reader);
        var query = SearchQuery.Parse(text, SynonymSource.Shipped);
        var expected = searcher.Search(builder.Build(query), reader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        // Every third match, spread over both segments, in the order the first pass would hand them over.
        var candidates = expected.Keys.Where(d => d % 3 == 0).Select(d => new Lucene.Net.Search.ScoreDoc(d, 0)).Reverse().ToArray();
        Assert.True(candidates.Length > 50, $"{candidates.Length} candidates");

        var rescored = LuceneRescorer.Rescore(searcher, builder.Build(query), candidates, candidates.Length);

        Assert.Equal(candidates.Length, rescored.Count);
        foreach (var doc in rescored)
        {
            Assert.Equal(expected[doc.Doc], doc.Score, 4);
        }
        Assert.Equal(rescored.Select(d => d.Score).OrderByDescending(s => s), rescored.Select(d => d.Score));
    }

    public void Dispose()
    {
        _index.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }
}
