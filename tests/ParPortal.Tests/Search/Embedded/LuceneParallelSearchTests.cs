using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Store;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>
/// A search whose segments run on several threads (<see cref="LuceneParallel"/>) must answer exactly what the same
/// search on one thread answers: the same total, facets, hits in the same order with the same scores, on every page,
/// also where titles and dates tie (ties then fall to document order, across segments).
/// </summary>
public sealed class LuceneParallelSearchTests : IDisposable
{
    private static readonly string[] Titles =
    [
        "Thủ tục hành chính cấp xã", "Cải cách hành chính năm 2024", "Số hóa hồ sơ thủ tục", "Cấp giấy phép xây dựng",
        "Chỉ số hài lòng SIPAS", "Đường dây nóng tiếp nhận phản ánh",
    ];

    private static readonly string[] Sentences =
    [
        "Người dân nộp hồ sơ trực tuyến tại bộ phận một cửa.", "Thời hạn giải quyết thủ tục hành chính là năm ngày.",
        "Ủy ban nhân dân tỉnh chỉ đạo cải cách hành chính.", "Cấp giấy phép lái xe và đăng ký khai sinh.",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp_parallel_" + Guid.NewGuid().ToString("N"));

    public LuceneParallelSearchTests()
    {
        using var index = new LuceneSearchIndex(_folder, searchThreads: 1);
        index.Open();
        var random = new Random(7);
        var when = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // Titles repeat without a number and dates repeat by the day: many candidates tie on score and date.
        var documents = Enumerable.Range(0, 1800).Select(i => new SearchDocument(
            Guid.NewGuid(), i % 3 == 0 ? "Procedure" : "Article", i % 40 != 3,
            Titles[random.Next(Titles.Length)], Sentences[random.Next(Sentences.Length)],
            string.Join(' ', Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Sentences[random.Next(Sentences.Length)])),
            null, [i % 2 == 0 ? "cchc" : "ho-tich"], "U-" + (i % 3), "Đơn vị " + (i % 3), when.AddDays(i % 30), "/x/" + i)).ToList();
        // Three commits: three segments, each searched on its own thread.
        foreach (var part in documents.Chunk(600))
        {
            index.Add(part);
            index.Commit(0, complete: true);
        }
    }

    [Theory]
    [InlineData("thủ tục hành chính")]
    [InlineData("cai cach hanh chinh")]
    [InlineData("số hóa hồ sơ")]
    [InlineData("giấy phép xây dựng ở đâu")]
    [InlineData("TTHC")]
    [InlineData("xyzkhongco")]
    public void Search_AnswersAsOnOneThread_WhenSegmentsRunInParallel(string text)
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(_folder));
        Assert.True(reader.Leaves.Count >= 3, $"{reader.Leaves.Count} segments");
        var serial = new FacetSearcher(reader, threads: 1);
        var parallel = new FacetSearcher(reader, threads: 4);
        foreach (var request in new[]
                 {
                     new SearchRequest(text), new SearchRequest(text, Page: 3), new SearchRequest(text, Types: ["Procedure"]),
                     new SearchRequest(text, Topics: ["cchc"], Unit: "U-1"),
                 })
        {
            var one = LuceneSearcher.Search(serial, request, SynonymSource.Shipped);
            // Several runs: the helper threads start at different moments.
            for (var run = 0; run < 3; run++)
            {
                var many = LuceneSearcher.Search(parallel, request, SynonymSource.Shipped);
                Assert.Equal(one.Total, many.Total);
                Assert.Equal(FacetText.Describe(one.Facets), FacetText.Describe(many.Facets));
                Assert.Equal(one.Hits.Select(h => (h.ItemId, h.Score)), many.Hits.Select(h => (h.ItemId, h.Score)));
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Top_OrdersAsOneCollectorOverAllSegments_WhenEachSegmentIsCollectedAlone(int threads)
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(_folder));
        var searcher = new FacetSearcher(reader, threads);
        // Title words only: many documents share a title and a day, so the order of ties decides which are kept.
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(LuceneFields.TitleFolded, "thu")), Occur.SHOULD },
            { new TermQuery(new Term(LuceneFields.TitleFolded, "tuc")), Occur.SHOULD },
        };
        var all = reader.Leaves.Select(leaf =>
        {
            var bits = new FixedBitSet(leaf.Reader.MaxDoc);
            bits.Set(0, leaf.Reader.MaxDoc);
            return bits;
        }).ToArray();
        var expected = searcher.Search(query, null, 250, LuceneTieredCandidates.ByScoreThenDate, doDocScores: true, doMaxScore: false).ScoreDocs;
        var top = LuceneTieredCandidates.Top(searcher, query, all, 250, threads);
        Assert.True(expected.Length == 250, $"{expected.Length} matches");
        Assert.Equal(expected.Select(d => (d.Doc, d.Score)), top.Select(d => (d.Doc, d.Score)));
    }

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);
}
