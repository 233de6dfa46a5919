using System.Text;
using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

public class SearchRelevanceTests(SearchCorpusDatabase db) : IClassFixture<SearchCorpusDatabase>
{
    public static TheoryData<string, string> TopResults => new()
    {
        // Accented, unaccented, NFD and mixed case.
        { "đăng ký khai sinh", "khai-sinh" },
        { "dang ky khai sinh", "khai-sinh" },
        { "ĐĂNG KÝ KHAI SINH", "khai-sinh" },
        { "đăng ký khai sinh".Normalize(NormalizationForm.FormD), "khai-sinh" },
        { "khai tu", "khai-tu" },
        { "ket hon", "ket-hon" },
        { "bien dong dat dai", "bien-dong" },
        { "biến động đất đai".Normalize(NormalizationForm.FormD), "bien-dong" },
        { "giay chung nhan quyen su dung dat", "gcn-dat" },
        { "ho kinh doanh", "ho-kinh-doanh" },
        { "giấy phép xây dựng", "xay-dung" },
        { "giay phep lai xe", "giay-phep-lai-xe" },
        // Tone placement variants and i/y spelling.
        { "hoà bình", "hoa-binh" },
        { "hòa bình", "hoa-binh" },
        { "thuỷ lợi", "thuy-loi" },
        { "sức khoẻ người cao tuổi", "suc-khoe" },
        { "qúy I", "quy-1" },
        { "lí lịch tư pháp", "ly-lich" },
        { "qui định tiếp công dân", "quy-dinh" },
        { "lý luận chính trị", "ly-luan" },
        // Codes and document numbers.
        { "1.001193", "khai-sinh" },
        { "1001193", "khai-sinh" },
        { "2.000488", "ly-lich" },
        { "826/KH-UBND", "khcchc-2025" },
        { "826/kh-ubnd", "khcchc-2025" },
        { "1234/QĐ-UBND", "qd-cong-bo" },
        { "1234/qd-ubnd", "qd-cong-bo" },
        // Exact diacritics rank above folded matches.
        { "thuế", "tt-thue" },
        { "thuê", "thue-nha" },
        { "bản đồ", "ban-do" },
        // Phrases: adjacent syllables in order, and title above body.
        { "thủ tục hành chính", "tthc-don-gian" },
        { "phòng cháy", "pccc" },
        { "chuyen doi so", "hoa-binh" },
        { "par index", "par-index" },
        { "sipas", "sipas" },
        { "dich vu cong truc tuyen", "dvc" },
        { "ke hoach cai cach hanh chinh", "khcchc-2025" },
    };

    [Theory]
    [MemberData(nameof(TopResults))]
    public async Task Search_RanksExpectedItemFirst_WhenQueryMatches(string query, string expectedKey)
    {
        var results = await db.SearchAsync(new SearchRequest(query));
        Assert.NotEmpty(results.Hits);
        Assert.Equal(expectedKey, SearchCorpus.KeyOf(results.Hits[0].ItemId));
    }

    [Fact]
    public async Task Search_FindsBothSpellings_WhenQueryHasNoDiacritics()
    {
        var results = await db.SearchAsync(new SearchRequest("thue"));
        var keys = results.Hits.Select(h => SearchCorpus.KeyOf(h.ItemId)).ToList();
        Assert.Contains("tt-thue", keys);
        Assert.Contains("thue-nha", keys);
    }

    [Fact]
    public async Task Search_HighlightsAccentedOriginal_WhenQueryIsFolded()
    {
        var results = await db.SearchAsync(new SearchRequest("bien dong dat dai"));
        var hit = results.Hits[0];
        Assert.Equal("Đăng ký <mark>biến</mark> <mark>động</mark> <mark>đất</mark> <mark>đai</mark>", hit.TitleHtml);
        Assert.Contains("<mark>đất</mark>", hit.SnippetHtml);
    }

    [Fact]
    public async Task Search_EncodesHtmlInSnippets_WhenTextContainsMarkup()
    {
        var results = await db.SearchAsync(new SearchRequest("ký tự đặc biệt đất đai"));
        var hit = Assert.Single(results.Hits);
        Assert.DoesNotContain("<script>", hit.SnippetHtml);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml);
        Assert.Contains("<mark>đất</mark>", hit.SnippetHtml);
        Assert.Equal("Bài có <mark>ký</mark> <mark>tự</mark> <mark>đặc</mark> <mark>biệt</mark>", hit.TitleHtml);
    }

    [Fact]
    public async Task Search_CountsFacets_WhenQueryMatchesSeveralTypes()
    {
        var results = await db.SearchAsync(new SearchRequest("dat dai"));
        var expected = SearchCorpus.Documents.Where(d => d.IsPublished && (d.Title + " " + d.Summary + " " + d.Body).Contains("đất đai", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(expected.Count, results.Total);
        Assert.False(results.FacetsSampled);
        foreach (var group in expected.GroupBy(d => d.ContentType))
        {
            Assert.Equal(group.Count(), results.Facets.Types.Single(f => f.Value == group.Key).Count);
        }
        foreach (var group in expected.GroupBy(d => d.Date.Year))
        {
            Assert.Equal(group.Count(), results.Facets.Years.Single(f => f.Value == group.Key.ToString()).Count);
        }
        foreach (var group in expected.SelectMany(d => d.Topics).GroupBy(t => t))
        {
            Assert.Equal(group.Count(), results.Facets.Topics.Single(f => f.Value == group.Key).Count);
        }
        var unit = results.Facets.Units.Single(f => f.Value == "SO-TNMT");
        Assert.Equal("Sở Nông nghiệp và Môi trường", unit.Label);
        Assert.Equal(expected.Count(d => d.UnitCode == "SO-TNMT"), unit.Count);
    }

    [Fact]
    public async Task Search_AppliesFilters_WhenTypeTopicYearAndUnitGiven()
    {
        var byType = await db.SearchAsync(new SearchRequest("thu tuc", Types: ["Procedure"]));
        Assert.NotEmpty(byType.Hits);
        Assert.All(byType.Hits, h => Assert.Equal("Procedure", h.ContentType));

        var byTopic = await db.SearchAsync(new SearchRequest("thu tuc", Topics: ["ho-tich"]));
        Assert.Equal(3, byTopic.Total);

        var byYear = await db.SearchAsync(new SearchRequest(null, Year: 2023));
        Assert.Equal(SearchCorpus.Documents.Count(d => d.IsPublished && d.Date.Year == 2023), byYear.Total);
        Assert.True(byYear.Hits.SequenceEqual(byYear.Hits.OrderByDescending(h => h.Date)));

        var byUnit = await db.SearchAsync(new SearchRequest("dang ky", Unit: "SO-TP"));
        Assert.Equal(3, byUnit.Total);
    }

    [Fact]
    public async Task Search_PagesThroughAllMatches_WhenPageSizeIsSmall()
    {
        var all = await db.SearchAsync(new SearchRequest("thu tuc", PageSize: 100));
        var paged = new List<Guid>();
        for (var page = 1; page <= (all.Total + 2) / 3; page++)
        {
            var results = await db.SearchAsync(new SearchRequest("thu tuc", Page: page, PageSize: 3));
            Assert.Equal(all.Total, results.Total);
            paged.AddRange(results.Hits.Select(h => h.ItemId));
        }
        Assert.Equal(all.Hits.Select(h => h.ItemId), paged);
    }

    [Fact]
    public async Task Search_HidesDrafts_UnlessAdminIncludesThem()
    {
        var publicResults = await db.SearchAsync(new SearchRequest("van hoa cong so"));
        var published = publicResults.Hits[0];
        Assert.Equal("Quy chế văn hóa công sở", published.Title);
        Assert.All(publicResults.Hits, h => Assert.True(h.IsPublished));
        Assert.Empty((await db.SearchAsync(new SearchRequest("mang xa hoi"))).Hits);

        var admin = await db.SearchAsync(new SearchRequest("van hoa cong so", IncludeDrafts: true));
        var draft = admin.Hits[0];
        Assert.False(draft.IsPublished);
        Assert.DoesNotContain(admin.Hits, h => h.Title == "Quy chế văn hóa công sở");
        Assert.Equal("Quy chế văn hóa công sở sửa đổi", draft.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR")]
    [InlineData("NEAR(a b)")]
    [InlineData("-")]
    [InlineData(":")]
    [InlineData("tx:thủ")]
    [InlineData("a AND OR NOT")]
    [InlineData("((( ')")]
    [InlineData("\u0001\u0002\u001b\u007f")]
    [InlineData("đất\0đai")]
    [InlineData("\\ ' & | ! <-> :*")]
    [InlineData("-thủ -tục")]
    public async Task Search_NeverThrows_WhenQueryIsOdd(string query)
    {
        var results = await db.SearchAsync(new SearchRequest(query));
        Assert.True(results.Total >= results.Hits.Count);
        var suggestions = await db.SuggestAsync(query, 5);
        Assert.NotNull(suggestions);
    }

    [Fact]
    public async Task Search_HandlesVeryLongQuery()
    {
        var query = string.Concat(Enumerable.Repeat("thủ tục \"*:- ", 200))[..2000];
        var results = await db.SearchAsync(new SearchRequest(query));
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public async Task Search_ReturnsNothing_WhenQueryIsOnlyPunctuation()
    {
        var results = await db.SearchAsync(new SearchRequest("\"*-:()"));
        Assert.Empty(results.Hits);
        Assert.Equal(0, results.Total);
    }

    [Theory]
    [InlineData("dang ky k", "Đăng ký khai sinh")]
    [InlineData("Đăng ký kh", "Đăng ký khai sinh")]
    [InlineData("chi so p", "Chỉ số PAR INDEX năm 2024")]
    [InlineData("phong ch", "Phòng cháy chữa cháy mùa khô")]
    public async Task Suggest_MatchesTitlePrefix_WithOrWithoutDiacritics(string prefix, string expectedTitle)
    {
        var suggestions = await db.SuggestAsync(prefix, 5);
        Assert.Contains(suggestions, s => s.Title == expectedTitle);
        Assert.All(suggestions, s => Assert.StartsWith("/cchc/", s.Url));
    }

    [Theory]
    [InlineData("ky khai s", "Đăng ký khai sinh")]
    [InlineData("cháy ch", "Phòng cháy chữa cháy mùa khô")]
    public async Task Suggest_MatchesWordsInsideTitles_WhenLastWordIsShort(string prefix, string expectedTitle)
    {
        var suggestions = await db.SuggestAsync(prefix, 5);
        Assert.Contains(suggestions, s => s.Title == expectedTitle);
        // Each suggestion holds a word beginning with the short last word.
        var last = " " + ParPortal.Text.VietnameseText.Fold(prefix).Split(' ')[^1];
        Assert.All(suggestions, s => Assert.Contains(last, " " + ParPortal.Text.VietnameseText.Fold(s.Title), StringComparison.Ordinal));
    }
}
