
namespace ParPortal.Tests.RichText;

/// <summary>The parse budget (element count, nesting) and the sibling walk: hostile 5 MB shapes stay fast and keep their text.</summary>
public sealed class HtmlSanitizerBudgetTests
{
    [Fact]
    public void Sanitize_KeepsEveryItemText_WhenElementBudgetIsExceeded()
    {
        var sanitizer = SanitizedHtml.Create();
        const int items = 450_000;
        var html = "<ul>" + SanitizedHtml.Repeat("<li>mục ", items) + "</ul><p>Đoạn cuối</p>";

        var output = sanitizer.Sanitize(html);

        // The first 400,000 elements stay list items; the tail arrives as text inside the last one.
        Assert.Equal(items, SanitizedHtml.CountOf(output, "mục"));
        Assert.Contains("Đoạn cuối", output);
        var body = SanitizedHtml.Parse(output);
        Assert.InRange(body.QuerySelectorAll("li").Length, 390_000, 400_000);
        SanitizedHtml.AssertStable(sanitizer, output);
    }

    [Fact]
    public void Sanitize_DropsStrayEndTags_WhenElementBudgetIsExceeded()
    {
        var sanitizer = SanitizedHtml.Create();
        // A stray </p> makes the HTML5 tree builder create an empty paragraph, so end tags count against the budget too.
        var html = SanitizedHtml.Repeat("<b>x</b>", 250_000) + SanitizedHtml.Repeat("</p>", 300_000) + "hết";

        var output = sanitizer.Sanitize(html);

        var body = SanitizedHtml.Parse(output);
        Assert.EndsWith("hết", body.TextContent);
        Assert.Equal(250_000, SanitizedHtml.CountOf(output, "x"));
        // 250,000 <b> and the first 150,000 stray </p> fill the budget of 400,000 elements; the rest are dropped.
        Assert.InRange(body.QuerySelectorAll("*").Length, 390_000, 400_000);
        Assert.True(SanitizedHtml.CountOf(output, "<p>") < 150_000, $"{SanitizedHtml.CountOf(output, "<p>")} paragraphs");
    }

    [Fact]
    public void Sanitize_KeepsTextAndBoundsDepth_WhenFormattingIsNeverClosed()
    {
        var sanitizer = SanitizedHtml.Create();
        var html = SanitizedHtml.Repeat("<b><i><u>chữ ", 20_000);

        var output = sanitizer.Sanitize(html);

        Assert.Equal(20_000, SanitizedHtml.CountOf(output, "chữ"));
        Assert.True(SanitizedHtml.CountOf(output, "<b>") <= 64, $"{SanitizedHtml.CountOf(output, "<b>")} open <b>");
        SanitizedHtml.AssertStable(sanitizer, output);
    }

    [Theory]
    [InlineData("<br>", "<p>", "</p>")]
    [InlineData("<li>mục ", "<ul>", "</ul>")]
    [InlineData("<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>Word ", "", "")]
    public void Sanitize_TakesLinearTime_WhenElementHasManySiblings(string sibling, string open, string close)
    {
        var sanitizer = SanitizedHtml.Create();
        var small = open + SanitizedHtml.Repeat(sibling, 15_000) + close;
        var large = open + SanitizedHtml.Repeat(sibling, 150_000) + close;
        var output = string.Empty;

        // Moving between siblings with AngleSharp's NextSibling searched the child list each time: ten times the
        // siblings cost a hundred times the time.
        TimeShape.AssertLinear(() => sanitizer.Sanitize(small), () => output = sanitizer.Sanitize(large), "150,000 siblings");
        Assert.NotEmpty(output);
        SanitizedHtml.AssertStable(sanitizer, output);
    }
}
