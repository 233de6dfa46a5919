using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

/// <summary>The ranking policy on each engine: what matches, and in which order. Each test indexes its own items.</summary>
public class SearchPolicyTests(SearchTestDatabase db) : IClassFixture<SearchTestDatabase>
{
    private static readonly DateTimeOffset When = new(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static SearchDocument Doc(string type, string title, string? summary = null, string? body = null, DateTimeOffset? date = null, string? code = null) =>
        new(Guid.NewGuid(), type, true, title, summary, body, code, [], "SO-TEST", "Sở thử nghiệm", date ?? When, "/t/" + Guid.NewGuid().ToString("N"));

    /// <summary>A word no other test uses, so each test's items only meet each other.</summary>
    private static string Marker() => "mk" + Guid.NewGuid().ToString("N")[..8];

    private async Task<List<Guid>> RankAsync(string query, params SearchDocument[] documents)
    {
        await db.UpsertAsync(documents);
        var results = await db.SearchAsync(new SearchRequest(query, PageSize: 50));
        return results.Hits.Select(h => h.ItemId).Where(id => documents.Any(d => d.ItemId == id)).ToList();
    }

    [Fact]
    public async Task Search_FindsTheItem_WhenANaturalQuestionHasWordsTheItemLacks()
    {
        var m = Marker();
        var procedure = Doc("Procedure", $"Đăng ký khai sinh {m}", "Thủ tục hộ tịch cấp xã.");

        var ranked = await RankAsync($"đăng ký khai sinh {m} ở đâu, cần những giấy tờ gì, mất bao lâu?", procedure);

        Assert.Equal([procedure.ItemId], ranked);
    }

    [Fact]
    public async Task Search_MatchesThreeOfFourWordsButNotTwo_WhenQueryHasFourWords()
    {
        var m = Marker();
        var threeOfFour = Doc("Article", $"{m} cấp phép thi công");
        var twoOfFour = Doc("Article", $"{m} cấp");

        Assert.Equal([threeOfFour.ItemId], await RankAsync($"{m} cấp phép xây", threeOfFour, twoOfFour));
        Assert.Equal([threeOfFour.ItemId, twoOfFour.ItemId], await RankAsync($"{m} cấp phép", threeOfFour, twoOfFour));
    }

    [Fact]
    public async Task Search_DoesNotMatch_WhenOnlyFunctionWordsAreShared()
    {
        var m = Marker();
        var other = Doc("Article", $"Ở đâu có {m} thì làm như thế nào");

        Assert.Empty(await RankAsync($"tuyển dụng {m}2 ở đâu như thế nào", other));
    }

    [Fact]
    public async Task Search_RanksTitleAboveSummaryAboveBody_WhenTheWordIsInOneOfThem()
    {
        var m = Marker();
        var body = Doc("Article", "Tin tức", "Tóm tắt", $"Nội dung nói về {m}.");
        var summary = Doc("Article", "Tin tức", $"Tóm tắt về {m}", "Nội dung.");
        var title = Doc("Article", $"Tin tức {m}", "Tóm tắt", "Nội dung.");

        Assert.Equal([title.ItemId, summary.ItemId, body.ItemId], await RankAsync(m, body, summary, title));
    }

    [Fact]
    public async Task Search_RanksExactDiacriticsAboveFolded_WhenQueryHasDiacritics()
    {
        var m = Marker();
        var folded = Doc("Article", $"Cho thuê nhà {m}");
        var exact = Doc("Article", $"Chính sách thuế {m}");

        Assert.Equal([exact.ItemId, folded.ItemId], await RankAsync($"thuế {m}", folded, exact));
        Assert.Equal([folded.ItemId, exact.ItemId], await RankAsync($"thuê {m}", folded, exact));
    }

    [Fact]
    public async Task Search_RanksAdjacentWordsAbove_WhenTheSameWordsAreScattered()
    {
        var m = Marker();
        var scattered = Doc("Article", $"Số liệu {m} về công tác chuyển giao đổi mới");
        var adjacent = Doc("Article", $"Chuyển đổi số {m} trong công tác");

        Assert.Equal([adjacent.ItemId, scattered.ItemId], await RankAsync($"chuyển đổi số {m}", scattered, adjacent));
    }

    [Fact]
    public async Task Search_FindsTheCodeFirst_WhenAProcedureCodeIsTyped()
    {
        var m = Marker();
        var mention = Doc("Article", $"Bài {m} nhắc thủ tục 1.654321 nhiều lần", body: "1.654321 1.654321 1.654321");
        var procedure = Doc("Procedure", $"Thủ tục {m}", code: "1.654321.000.00.00.H50");

        Assert.Equal(procedure.ItemId, (await RankAsync("1.654321", mention, procedure))[0]);
        Assert.Equal(procedure.ItemId, (await RankAsync("1654321", mention, procedure))[0]);
    }

    [Fact]
    public async Task Search_PrefersTheTypeAskedFor_WhenAnArticleHasTheSameWords()
    {
        var m = Marker();
        var article = Doc("Article", $"Cấp giấy phép xây dựng {m} nhà ở", "Cấp giấy phép xây dựng nhà ở riêng lẻ tại xã.");
        var procedure = Doc("Procedure", $"Cấp giấy phép xây dựng {m} nhà ở riêng lẻ mới");
        var hotline = Doc("Hotline", $"Đường dây nóng {m} cấp phép xây dựng");
        var index = Doc("IndexResult", $"Chỉ số {m} năm 2024");
        var news = Doc("Article", $"Chỉ số {m} năm 2024 tăng");

        Assert.Equal(procedure.ItemId, (await RankAsync($"cấp giấy phép xây dựng {m} nhà ở", article, procedure))[0]);
        Assert.Equal(hotline.ItemId, (await RankAsync($"số điện thoại cấp phép xây dựng {m}", article, hotline))[0]);
        Assert.Equal(index.ItemId, (await RankAsync($"PAPI {m} 2024", news, index))[0]);
    }

    [Fact]
    public async Task Search_RanksLiteralAboveExpansion_WhenBothMatchThroughTheDictionary()
    {
        var m = Marker();
        var expansion = Doc("Article", $"Cấp căn cước công dân {m}");
        var literal = Doc("Article", $"Cấp CCCD {m}");

        Assert.Equal([literal.ItemId, expansion.ItemId], await RankAsync($"CCCD {m}", expansion, literal));
        Assert.Equal([expansion.ItemId, literal.ItemId], await RankAsync($"căn cước công dân {m}", expansion, literal));
    }

    [Fact]
    public async Task Search_BreaksTiesByDate_WhenItemsScoreTheSame()
    {
        var m = Marker();
        var older = Doc("Article", $"Thông báo {m}", date: When);
        var newer = Doc("Article", $"Thông báo {m}", date: When.AddDays(3));

        Assert.Equal([newer.ItemId, older.ItemId], await RankAsync(m, older, newer));
    }
}
