using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Tests.Search.Ranking;

public class SynonymDictionaryTests
{
    [Fact]
    public void Parse_ReadsGroupsSkippingCommentsAndBlankLines_WhenTextIsValid()
    {
        var (dictionary, errors) = SynonymDictionary.Parse("# ghi chú\n\nCCCD, căn cước công dân; căn cước\r\nTTHC, thủ tục hành chính\n");

        Assert.Empty(errors);
        Assert.Equal(2, dictionary!.Groups.Count);
        Assert.Equal([["cccd"], ["can", "cuoc", "cong", "dan"], ["can", "cuoc"]], dictionary.Groups[0]);
    }

    [Fact]
    public void Parse_NamesEveryFaultyLineInVietnamese_WhenTextHasErrors()
    {
        var (dictionary, errors) = SynonymDictionary.Parse("CCCD, căn cước\nchỉ một cách viết\nUBND, !!!\nABC, abc");

        Assert.Null(dictionary);
        Assert.Equal(
        [
            "Dòng 2: cần ít nhất hai cách viết khác nhau, ngăn cách bằng dấu phẩy.",
            "Dòng 3: “!!!” không có chữ hoặc số.",
            "Dòng 4: cần ít nhất hai cách viết khác nhau, ngăn cách bằng dấu phẩy.",
        ], errors);
    }

    [Fact]
    public void Expand_UsesTheLongestTermFound_WhenTermsOverlap()
    {
        var dictionary = SynonymDictionary.Parse("DVC, dịch vụ công\nDVCTT, dịch vụ công trực tuyến").Dictionary!;

        var expansions = dictionary.Expand(["dich", "vu", "cong", "truc", "tuyen", "moi"]);

        Assert.All(expansions.Take(5), e => Assert.Equal([["dvctt"]], e));
        Assert.Empty(expansions[5]);
    }

    [Fact]
    public void Shipped_Parses_AndKnowsTheAdministrativeAbbreviations()
    {
        var groups = SynonymSource.Shipped.Groups.Select(g => g.Select(t => string.Join(' ', t)).ToList()).ToList();

        foreach (var abbreviation in new[] { "cchc", "tthc", "dvc", "dvctt", "ubnd", "hdnd", "cccd", "vneid", "bhyt", "gplx", "mot cua", "sap nhap" })
        {
            Assert.Contains(groups, g => g.Contains(abbreviation));
        }
    }

    [Fact]
    public void Rewrites_ReplaceTheTermByEachSynonymAsWritten_KeepingTheRestOfTheQuery()
    {
        var dictionary = SynonymDictionary.Parse("CCCD, căn cước công dân, căn cước, thẻ căn cước\nBHYT, bảo hiểm y tế").Dictionary!;

        Assert.Equal(["căn cước công dân", "căn cước", "thẻ căn cước"], dictionary.Rewrites("cccd", 3));
        Assert.Equal(["Đổi căn cước công dân ở đâu?", "Đổi căn cước ở đâu?"], dictionary.Rewrites("Đổi CCCD ở đâu?", 2));
        // The longest term wins, typed without diacritics and decomposed (NFD) alike; only the first term is replaced.
        Assert.Equal(["CCCD", "căn cước", "thẻ căn cước"], dictionary.Rewrites("can cuoc cong dan", 3));
        Assert.Equal(["CCCD bhyt"], dictionary.Rewrites("Căn cước công dân bhyt".Normalize(System.Text.NormalizationForm.FormD), 1));
    }

    [Fact]
    public void Rewrites_AreNone_WhenTheQueryHoldsNoTerm()
    {
        var dictionary = SynonymDictionary.Parse("CCCD, căn cước công dân").Dictionary!;

        Assert.Empty(dictionary.Rewrites("giấy phép lái xe", 3));
        Assert.Empty(dictionary.Rewrites("", 3));
        Assert.Empty(dictionary.Rewrites("cccd", 0));
    }
}
