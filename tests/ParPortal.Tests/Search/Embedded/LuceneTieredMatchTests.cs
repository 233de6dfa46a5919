using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>
/// The first pass that finds matches as bit sets and scores only a title tier must find exactly what scoring every
/// match found (total, facets) and, below the rescored depth, rank exactly as before.
/// </summary>
public sealed class LuceneTieredMatchTests : IDisposable
{
    private static readonly string[] Titles =
    [
        "Thủ tục hành chính cấp xã", "Cấp giấy phép xây dựng nhà ở", "Kế hoạch cải cách hành chính năm 2024",
        "Đăng ký khai sinh cho trẻ", "Chỉ số hài lòng SIPAS năm 2023", "Số hóa hồ sơ thủ tục", "Đường dây nóng tiếp nhận phản ánh",
        "Quyết định công bố TTHC mới", "Hướng dẫn dịch vụ công trực tuyến", "Báo cáo kết quả CCHC quý",
    ];

    private static readonly string[] Sentences =
    [
        "Người dân nộp hồ sơ trực tuyến tại bộ phận một cửa.", "Thời hạn giải quyết thủ tục hành chính là năm ngày.",
        "Ủy ban nhân dân tỉnh chỉ đạo cải cách hành chính.", "Chỉ số hài lòng của người dân tăng.", "Cấp giấy phép lái xe và đăng ký khai sinh.",
    ];

    private static readonly string[] Types = ["Article", "Document", "Procedure"];

    private static readonly string[] Topics = ["cchc", "dat-dai", "ho-tich"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp_tiered_" + Guid.NewGuid().ToString("N"));
    private readonly LuceneSearchIndex _index;

    public LuceneTieredMatchTests()
    {
        _index = new LuceneSearchIndex(_folder);
        _index.Open();
        var random = new Random(14);
        var when = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // 1,500 documents: common queries match more than the 300 candidates rescored, rare ones fewer.
        var documents = Enumerable.Range(0, 1500).Select(i => new SearchDocument(
            Guid.NewGuid(), Types[i % 3], i % 50 != 7,
            Titles[random.Next(Titles.Length)] + " " + i, Sentences[random.Next(Sentences.Length)],
            string.Join(' ', Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Sentences[random.Next(Sentences.Length)])),
            i % 3 == 2 ? $"1.{i:000000}" : null, [Topics[i % 3]],
            "U-" + (i % 4), "Đơn vị " + (i % 4), when.AddHours(i), "/x/" + i)).ToList();
        _index.Add(documents);
        _index.Commit(0, complete: true);
    }

    public static TheoryData<string> Queries() =>
    [
        "thủ tục hành chính", "thu tuc hanh chinh", "cải cách hành chính năm 2024", "chỉ số hài lòng", "TTHC", "CCHC",
        "số hóa hồ sơ", "đăng ký khai sinh cần những giấy tờ gì", "đường dây nóng", "1.000002", "giấy phép", "xyzkhongco",
        "người dân nộp hồ sơ trực tuyến ở đâu",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Search_CountsAndFacetsAsScoringEveryMatch_WhenMatchesAreFoundAsBitSets(string query)
    {
        foreach (var request in new[] { new SearchRequest(query), new SearchRequest(query, Types: ["Procedure"]), new SearchRequest(query, Topics: ["cchc"], Unit: "U-1") })
        {
            var tiered = _index.Search(request, SynonymSource.Shipped, baseline: false);
            var scored = _index.Search(request, SynonymSource.Shipped, baseline: true);
            Assert.Equal(scored.Total, tiered.Total);
            Assert.Equal(FacetText.Describe(scored.Facets), FacetText.Describe(tiered.Facets));
            if (scored.Total <= LuceneSearcher.RescoreDepth)
            {
                // Every match is a candidate on both paths: the same policy ranks them the same way.
                Assert.Equal(scored.Hits.Select(h => h.ItemId), tiered.Hits.Select(h => h.ItemId));
            }
            else
            {
                Assert.Equal(scored.Hits.Count, tiered.Hits.Count);
            }
        }
    }

    [Fact]
    public void Search_RanksTheBestTitleFirst_WhenMoreMatchesThanRescored()
    {
        var results = _index.Search(new SearchRequest("thủ tục hành chính"), SynonymSource.Shipped, baseline: false);
        Assert.True(results.Total > LuceneSearcher.RescoreDepth, $"{results.Total} matches");
        Assert.StartsWith("Thủ tục hành chính cấp xã", results.Hits[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ListsNewestFirstAsBefore_WhenNoWordsAreTyped()
    {
        foreach (var request in new[] { new SearchRequest(null), new SearchRequest(null, Types: ["Procedure"]), new SearchRequest(null, Page: 3), new SearchRequest(null, Topics: ["cchc"], Unit: "U-1") })
        {
            var browsed = _index.Search(request, SynonymSource.Shipped, baseline: false);
            var sorted = _index.Search(request, SynonymSource.Shipped, baseline: true);
            Assert.NotEmpty(sorted.Hits);
            Assert.Equal(sorted.Total, browsed.Total);
            Assert.Equal(sorted.Hits.Select(h => h.ItemId), browsed.Hits.Select(h => h.ItemId));
            Assert.Equal(FacetText.Describe(sorted.Facets), FacetText.Describe(browsed.Facets));
        }
    }

    [Theory]
    [InlineData("hanh c")]
    [InlineData("cong t")]
    [InlineData("khai s")]
    [InlineData("ho so t")]
    [InlineData("s")]
    public void Suggest_FindsTheSameTitles_WhenTitlesAreCheckedOneByOne(string prefix)
    {
        // Threshold 0: the half-typed word is checked in each title; no threshold: its words' postings are read.
        var checkedOneByOne = _index.Suggest(prefix, 8, maxPrefixPostings: 0);
        var fromPostings = _index.Suggest(prefix, 8, maxPrefixPostings: long.MaxValue);
        Assert.NotEmpty(fromPostings);
        Assert.Equal(fromPostings.Select(s => s.ItemId), checkedOneByOne.Select(s => s.ItemId));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
