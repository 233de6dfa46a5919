using System.Text;
using ParPortal.Content;

namespace ParPortal.Tests.Core.Content;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Đất đai", "dat-dai")]
    [InlineData("ĐẤT ĐAI", "dat-dai")]
    [InlineData("Thủ tục hành chính", "thu-tuc-hanh-chinh")]
    [InlineData("Hòa bình", "hoa-binh")]
    [InlineData("Hoà bình", "hoa-binh")]
    [InlineData("Thủy lợi", "thuy-loi")]
    [InlineData("Thuỷ lợi", "thuy-loi")]
    [InlineData("Kế hoạch 826/KH-UBND năm 2024", "ke-hoach-826-kh-ubnd-nam-2024")]
    [InlineData("  --Một cửa,   một cửa liên thông!! ", "mot-cua-mot-cua-lien-thong")]
    [InlineData("Chỉ số PAR INDEX & SIPAS", "chi-so-par-index-sipas")]
    [InlineData("Người đứng đầu", "nguoi-dung-dau")]
    public void From_TransliteratesVietnamese_WhenGivenNfcText(string text, string expected) => Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("Đất đai")]
    [InlineData("Thủ tục hành chính cấp xã")]
    [InlineData("Quyết định công bố thủ tục")]
    public void From_GivesTheSameSlug_WhenInputIsNfd(string text) =>
        Assert.Equal(Slug.From(text), Slug.From(text.Normalize(NormalizationForm.FormD)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ???")]
    public void From_ReturnsEmpty_WhenNothingTransliterable(string? text) => Assert.Equal(string.Empty, Slug.From(text));

    [Fact]
    public void From_CutsAtAWordBoundary_WhenTitleIsVeryLong()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("cải cách hành chính", 40)));
        Assert.True(slug.Length <= Slug.MaxLength, slug);
        Assert.False(slug.EndsWith('-'));
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void Unique_AppendsTheFirstFreeNumber_WhenSlugIsTaken()
    {
        var taken = new HashSet<string> { "dat-dai", "dat-dai-2" };
        Assert.Equal("dat-dai-3", Slug.Unique("dat-dai", taken.Contains));
        Assert.Equal("moi", Slug.Unique("moi", taken.Contains));
    }

    [Theory]
    [InlineData("dat-dai", true)]
    [InlineData("Dat-dai", false)]
    [InlineData("đất-đai", false)]
    [InlineData("dat--dai", false)]
    [InlineData("", false)]
    public void IsValid_AcceptsOnlyCanonicalSlugs(string slug, bool valid) => Assert.Equal(valid, Slug.IsValid(slug));
}
