namespace ParPortal.Tests.RichText;

/// <summary>ToPlainText gives readable text for search indexing and summaries.</summary>
public sealed class PlainTextTests
{
    [Fact]
    public void ToPlainText_PutsBlocksOnLinesAndDropsCode_WhenInputIsArticle()
    {
        var sanitizer = SanitizedHtml.Create();

        var text = sanitizer.ToPlainText(
            "<h2>Thủ tục  đất đai</h2><p>Hồ sơ&nbsp;gồm:<br>Đơn <b>đề nghị</b></p><script>var x = 1;</script>" +
            "<style>p{}</style><ul><li>Bản sao</li><li>Bản chính</li></ul><table><tr><td>Phí</td><td>50.000 đồng</td></tr></table>");

        Assert.Equal("Thủ tục đất đai\nHồ sơ gồm:\nĐơn đề nghị\nBản sao\nBản chính\nPhí 50.000 đồng", text);
    }

    [Fact]
    public void ToPlainText_ReturnsNfc_WhenInputIsDecomposed()
    {
        var sanitizer = SanitizedHtml.Create();

        var text = sanitizer.ToPlainText("<p>Thu\u0309 tu\u0323c</p>");

        Assert.Equal("Thủ tục", text);
    }

    [Fact]
    public void ToPlainText_KeepsText_WhenNestedTenThousandLevels()
    {
        var sanitizer = SanitizedHtml.Create();
        var html = string.Concat(Enumerable.Repeat("<div><span>", 10_000)) + "sâu";

        Assert.Equal("sâu", sanitizer.ToPlainText(html));
    }
}
