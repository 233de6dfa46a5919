using ParPortal.Content;
using ParPortal.Features.Search.Ranking;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Tests.Search.Ranking;

/// <summary>How a typed query becomes the policy's units: function words, codes, intents, synonyms, long queries.</summary>
public class SearchQueryTests
{
    private static SearchQuery Parse(string text) => SearchQuery.Parse(text, SynonymSource.Shipped);

    private static List<string> Units(SearchQuery q) => q.Units.Where(u => !u.IsOptional).Select(u => u.Code?.Key ?? u.Word.Folded).ToList();

    [Fact]
    public void Parse_KeepsFunctionWordsOutOfTheMatch_WhenQuestionIsNatural()
    {
        var q = Parse("Làm căn cước ở đâu?");

        Assert.Equal(["can", "cuoc"], Units(q));
        Assert.Equal(["lam", "o", "dau"], q.FunctionWords.Select(w => w.Folded));
        Assert.Equal(2, q.MinimumShouldMatch);
    }

    [Fact]
    public void Parse_RequiresEveryContentWord_WhenAskedTo()
    {
        var q = SearchQuery.Parse("đổi bảo hiểm y tế ở đâu", SynonymSource.Shipped, requireAll: true);

        Assert.Equal(["doi", "bao", "hiem", "y", "te"], Units(q));
        Assert.Equal(5, q.MinimumShouldMatch);
        Assert.Equal(3, Parse("đổi bảo hiểm y tế ở đâu").MinimumShouldMatch);
    }

    [Fact]
    public void Parse_KeepsContentWordsThatLookLikeQuestionWords_WhenOutsideQuestionPhrases()
    {
        Assert.Equal(["chung", "thuc", "ban", "sao"], Units(Parse("chứng thực bản sao")));
        Assert.Equal(["dang", "ki", "the", "chap"], Units(Parse("đăng ký thế chấp")));
        Assert.Equal(["bao", "cao"], Units(Parse("bao cao")));
        Assert.Equal(["le", "phi"], Units(Parse("lệ phí bao nhiêu")));
    }

    [Fact]
    public void Parse_DropsMarksWithoutLetters_WhenTheyStandAlone()
    {
        var q = Parse("\u0323 đất \u0301\u0300 đai ̉");

        Assert.Equal(["dat", "dai"], Units(q));
        Assert.All(q.Words, w => Assert.NotEmpty(w.Folded));
    }

    [Fact]
    public void Parse_UsesFunctionWordsAsContent_WhenNothingElseWasTyped()
    {
        var q = Parse("có không");

        Assert.Equal(["co", "khong"], Units(q));
        Assert.Empty(q.FunctionWords);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(7, 5)]
    [InlineData(8, 6)]
    [InlineData(10, 7)]
    [InlineData(32, 23)]
    public void MinimumShouldMatch_GrowsWithTheQuery_WhenMoreWordsAreTyped(int units, int required) =>
        Assert.Equal(required, RankingPolicy.MinimumShouldMatch(units));

    [Fact]
    public void Parse_KeepsEveryWord_WhenQueryHasThirtyTwoWords()
    {
        var words = Enumerable.Range(0, 40).Select(i => "tu" + i).ToList();

        var q = Parse(string.Join(' ', words));

        Assert.Equal(words.Take(32), Units(q));
        Assert.Equal(23, q.MinimumShouldMatch);
    }

    [Fact]
    public void Parse_FindsCodesAndDocumentNumbers_ButNotYearsOrShortNumbers()
    {
        var q = Parse("quyết định 845/QĐ-UBND thủ tục 1.001193 năm 2024 số 1022");

        Assert.Equal(["845qdubnd", "1001193"], q.Codes.Select(c => c.Key));
        Assert.Equal(["845", "qd", "ubnd"], q.Codes[0].Words);
        Assert.Contains("2024", Units(q));
        Assert.Contains("1022", Units(q));
    }

    [Theory]
    [InlineData("cấp lại giấy phép lái xe", ContentTypes.Procedure)]
    [InlineData("gia han giay phep xay dung", ContentTypes.Procedure)]
    [InlineData("số điện thoại đường dây nóng", ContentTypes.Hotline)]
    [InlineData("1022", ContentTypes.Hotline)]
    [InlineData("PCI 2024", ContentTypes.IndexResult)]
    [InlineData("chi so sipas", ContentTypes.IndexResult)]
    [InlineData("nghị định 118/2025/NĐ-CP", ContentTypes.Document)]
    [InlineData("đổi giấy phép lái xe", ContentTypes.Procedure)]
    [InlineData("cấp đổi căn cước", ContentTypes.Procedure)]
    [InlineData("cấp giấy phép xây dựng cấp tỉnh", ContentTypes.Procedure)]
    public void Parse_DetectsTheTypeAskedFor_WhenQueryNamesIt(string text, string type) =>
        Assert.Contains(type, Parse(text).Intents);

    [Theory]
    [InlineData("chuyen doi so")]
    [InlineData("hội nghị tổng kết năm 2024")]
    [InlineData("văn hóa công sở")]
    [InlineData("chuyển đổi số")]
    [InlineData("thay đổi quy trình nội bộ")]
    [InlineData("đổi mới sáng tạo")]
    [InlineData("cải cách hành chính cấp xã")]
    [InlineData("trao đổi kinh nghiệm các cấp")]
    public void Parse_DetectsNoIntent_WhenNoWordNamesAType(string text) => Assert.Empty(Parse(text).Intents);

    [Fact]
    public void Parse_MakesTypeNamesOptional_WhenOtherWordsSayWhatIsWanted()
    {
        var q = Parse("gọi đường dây nóng nào khi công chức có thái độ không đúng");

        Assert.Equal(["cong", "chuc", "thai", "do", "dung"], Units(q));
        Assert.Equal(["goi", "duong", "day", "nong"], q.Units.Where(u => u.IsOptional).Select(u => u.Word.Folded));
        Assert.Equal(3, q.MinimumShouldMatch);
    }

    [Fact]
    public void Parse_ExpandsAbbreviationsBothWays_WhenDictionaryHasThem()
    {
        var abbreviation = Parse("CCCD").Units.Single();
        Assert.Contains(abbreviation.Alternatives, a => a.SequenceEqual(["can", "cuoc", "cong", "dan"]));

        var spelledOut = Parse("ủy ban nhân dân xã");
        Assert.All(spelledOut.Units.Take(4), u => Assert.Contains(u.Alternatives, a => a.SequenceEqual(["ubnd"])));
        Assert.Empty(spelledOut.Units[4].Alternatives);
    }

    [Fact]
    public void Parse_FoldsToneVariantsAndNfd_ToTheSameUnits()
    {
        var expected = Units(Parse("hòa bình thủy lợi"));

        Assert.Equal(expected, Units(Parse("hoà bình thuỷ lợi")));
        Assert.Equal(expected, Units(Parse("hòa bình thủy lợi".Normalize(System.Text.NormalizationForm.FormD))));
        Assert.Equal(["hòa", "bình", "thủy", "lợi"], Parse("hoà bình thuỷ lợi").Units.Select(u => u.Word.Exact));
    }

    [Theory]
    [InlineData("\"*:-()")]
    [InlineData("!!!")]
    [InlineData("\u0001\u0002")]
    public void Parse_IsEmpty_WhenNothingSearchableWasTyped(string text) => Assert.True(Parse(text).IsEmpty);

    [Fact]
    public void ParsePrefix_OffersBothSpellingsOfAHalfTypedLastWord_WhenTheIYRuleChangesIt()
    {
        var prefix = SearchQuery.ParsePrefix("Đăng ký quy");

        Assert.Equal(["dang", "ki"], prefix.Words);
        Assert.Equal(["qui", "quy"], prefix.LastForms);
        Assert.Equal(["dang ki qui", "dang ki quy"], prefix.TitleBeginnings);
    }
}
