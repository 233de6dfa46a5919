using System.Text;
using ParPortal.Text;

namespace ParPortal.Tests.Core.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Thủ tục ĐẤT ĐAI", "thu tuc dat dai")]
    [InlineData("đường Đống Đa", "duong dong da")]
    [InlineData("Nghị định 63/2010/NĐ-CP", "nghi dinh 63/2010/nd-cp")]
    [InlineData("Cải cách hành chính", "cai cach hanh chinh")]
    public void Fold_RemovesDiacriticsAndLowers_WhenTextIsNfc(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(input));
    }

    [Fact]
    public void Fold_GivesSameResult_WhenInputIsNfd()
    {
        var nfd = "Thủ tục đất đai".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Thủ tục đất đai", nfd);
        Assert.Equal("thu tuc dat dai", VietnameseText.Fold(nfd));
    }

    [Fact]
    public void Nfc_ComposesDecomposedInput()
    {
        var nfd = "Hành chính".Normalize(NormalizationForm.FormD);
        Assert.Equal("Hành chính", VietnameseText.Nfc(nfd));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Hoà Bình", "Hòa Bình")]
    [InlineData("thuỷ lợi", "thủy lợi")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("qúy", "quý")]
    [InlineData("uỷ ban", "ủy ban")]
    [InlineData("UỶ BAN", "ỦY BAN")]
    [InlineData("khuỷu", "khuỷu")]
    [InlineData("ngòai", "ngoài")]
    [InlineData("hòang", "hoàng")]
    [InlineData("thùyên", "thuyền")]
    [InlineData("gìa", "già")]
    [InlineData("gì", "gì")]
    [InlineData("người", "người")]
    [InlineData("rượu", "rượu")]
    [InlineData("quốc", "quốc")]
    [InlineData("1.001193 và 826/KH-UBND", "1.001193 và 826/KH-UBND")]
    public void NormalizeTones_PutsToneInCanonicalPlace(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.NormalizeTones(input));
    }

    [Fact]
    public void NormalizeTones_AcceptsNfdAndReturnsNfc()
    {
        var nfd = "Thuỷ".Normalize(NormalizationForm.FormD);
        var result = VietnameseText.NormalizeTones(nfd);
        Assert.Equal("Thủy", result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void ExactTokens_LowersAndCanonicalises_WhenCaseIsMixed()
    {
        Assert.Equal(new[] { "ủy", "ban", "nhân", "dân", "tỉnh", "hòa", "bình" },
            VietnameseText.ExactTokens("UỶ Ban Nhân-dân TỈNH (Hoà Bình)"));
    }

    [Theory]
    [InlineData("lý", "li")]
    [InlineData("lí", "li")]
    [InlineData("Kỹ", "ki")]
    [InlineData("qui", "qui")]
    [InlineData("quy", "qui")]
    [InlineData("y", "y")]
    [InlineData("tuyển", "tuyen")]
    [InlineData("Đăng", "dang")]
    public void FoldToken_MapsLoneYAfterOnsetToI(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.FoldToken(input));
    }

    [Fact]
    public void WordSpans_SplitsOnPunctuationAndControlCharacters()
    {
        const string text = "a\u0001b \"c\"*d:e";
        var words = VietnameseText.WordSpans(text).Select(s => text.Substring(s.Start, s.Length));
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, words);
    }

    [Fact]
    public void WordSpans_SkipsCombiningMarks_WhenNoLetterCarriesThem()
    {
        const string text = "\u0323 đất \u0301\u0300 \u0309a";
        var words = VietnameseText.WordSpans(text).Select(s => text.Substring(s.Start, s.Length));
        Assert.Equal(new[] { "đất", "\u0309a" }, words);
    }

    [Theory]
    [InlineData("826/KH-UBND", "826khubnd")]
    [InlineData("1.001193", "1001193")]
    [InlineData("  Số 12/2025/NĐ-CP ", "so122025ndcp")]
    public void CodeKey_KeepsOnlyFoldedLettersAndDigits(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.CodeKey(input));
    }
}
