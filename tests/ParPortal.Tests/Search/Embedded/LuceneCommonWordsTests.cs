using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>
/// Common words' bit sets kept with a segment between searches: a search that uses them finds exactly what scoring
/// every match finds, again and again, and a document deleted after they were kept is not found.
/// </summary>
public sealed class LuceneCommonWordsTests : IDisposable
{
    private static readonly string[] Titles =
    [
        "Thủ tục hành chính cấp xã", "Kế hoạch cải cách hành chính năm 2024", "Số hóa hồ sơ thủ tục", "Đường dây nóng tiếp nhận phản ánh",
    ];

    private static readonly string[] Sentences =
    [
        "Người dân nộp hồ sơ trực tuyến tại bộ phận một cửa.", "Thời hạn giải quyết thủ tục hành chính là năm ngày.",
        "Ủy ban nhân dân tỉnh chỉ đạo cải cách hành chính.", "Chỉ số hài lòng của người dân tăng.",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp_common_" + Guid.NewGuid().ToString("N"));
    private readonly LuceneSearchIndex _index;

    public LuceneCommonWordsTests()
    {
        _index = new LuceneSearchIndex(_folder);
        _index.Open();
        var random = new Random(31);
        var when = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // One segment larger than LuceneCommonWords.MinSegmentDocs, so its common words are kept.
        var documents = Enumerable.Range(0, LuceneCommonWords.MinSegmentDocs + 500).Select(i => new SearchDocument(
            Guid.NewGuid(), i % 2 == 0 ? "Article" : "Procedure", true,
            Titles[random.Next(Titles.Length)] + " " + i, Sentences[random.Next(Sentences.Length)],
            Sentences[random.Next(Sentences.Length)] + " " + Sentences[random.Next(Sentences.Length)],
            null, [i % 3 == 0 ? "cchc" : "dat-dai"], "U-" + (i % 4), "Đơn vị " + (i % 4), when.AddHours(i), "/x/" + i)).ToList();
        _index.Add(documents);
        _index.Commit(0, complete: true);
    }

    [Theory]
    [InlineData("thủ tục hành chính")]
    [InlineData("cai cach hanh chinh")]
    [InlineData("người dân nộp hồ sơ")]
    public void Search_FindsWhatScoringEveryMatchFinds_WhenCommonWordsAreKeptBetweenSearches(string query)
    {
        var scored = _index.Search(new SearchRequest(query), SynonymSource.Shipped, baseline: true);
        Assert.True(scored.Total > 0);
        for (var run = 0; run < 3; run++)
        {
            var kept = _index.Search(new SearchRequest(query), SynonymSource.Shipped, baseline: false);
            Assert.Equal(scored.Total, kept.Total);
            Assert.Equal(FacetText.Describe(scored.Facets), FacetText.Describe(kept.Facets));
            var filtered = _index.Search(new SearchRequest(query, Types: ["Procedure"], Unit: "U-1"), SynonymSource.Shipped, baseline: false);
            Assert.Equal(_index.Search(new SearchRequest(query, Types: ["Procedure"], Unit: "U-1"), SynonymSource.Shipped, baseline: true).Total, filtered.Total);
        }
        // The searches' own segments keep the words' sets (a reader opened anew has segments of its own).
        var searcher = _index.Searchers.Acquire();
        try
        {
            var segment = searcher.IndexReader.Leaves.MaxBy(l => l.Reader.MaxDoc)!.AtomicReader;
            Assert.InRange(LuceneCommonWords.Count(segment), 1, LuceneCommonWords.MaxWordsPerSegment);
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }

    [Fact]
    public void Search_LeavesOutADeletedDocument_WhenItsWordsWereKeptBeforeTheDeletion()
    {
        var before = _index.Search(new SearchRequest("thủ tục hành chính"), SynonymSource.Shipped, baseline: false);
        var first = before.Hits[0].ItemId;

        _index.Delete(first, isPublished: null);
        _index.Commit(0, complete: true);

        var after = _index.Search(new SearchRequest("thủ tục hành chính"), SynonymSource.Shipped, baseline: false);
        Assert.Equal(before.Total - 1, after.Total);
        Assert.DoesNotContain(after.Hits, h => h.ItemId == first);
    }

    public void Dispose()
    {
        _index.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }
}
