using ParPortal.Features.RichText;

namespace ParPortal.Tests.RichText;

/// <summary>
/// Markup editors use keeps working: glossaries, abbreviations, dates, heading anchors (prefixed against DOM
/// clobbering), and Word's list items without their typed bullets. What saving removes on purpose is reported.
/// </summary>
public sealed class HtmlSanitizerEditorMarkupTests
{
    [Fact]
    public void Sanitize_KeepsDefinitionListsAbbreviationsAndDates_WhenEditorsWriteThem()
    {
        var sanitizer = SanitizedHtml.Create();

        var output = sanitizer.Sanitize(
            "<dl><dt>TTHC</dt><dd>Thủ tục hành chính</dd><dt>CCHC</dt><dd>Cải cách hành chính</dd></dl>" +
            "<p><abbr title=\"Ủy ban nhân dân\" onclick=\"x()\">UBND</abbr> họp ngày <time datetime=\"2026-07-01\">01/7/2026</time>, " +
            "<time datetime=\"javascript:alert(1)\">mai</time></p>");

        var body = SanitizedHtml.Parse(output);
        Assert.Equal(2, body.QuerySelectorAll("dl > dt").Length);
        Assert.Equal("Cải cách hành chính", body.QuerySelectorAll("dl > dd")[1].TextContent);
        Assert.Equal("Ủy ban nhân dân", body.QuerySelector("abbr")!.GetAttribute("title"));
        Assert.Equal("2026-07-01", body.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Null(body.QuerySelectorAll("time")[1].GetAttribute("datetime"));
        SanitizedHtml.AssertHarmless(output);
        SanitizedHtml.AssertStable(sanitizer, output);
    }

    [Fact]
    public void Sanitize_UnwrapsTermsAndDescriptions_WhenTheyAreOutsideADefinitionList()
    {
        var sanitizer = SanitizedHtml.Create();

        var output = sanitizer.Sanitize("<dl><dd><section><dd>Mô tả lồng</dd></section></dd></dl><dt>Lạc</dt>");

        Assert.Equal(1, SanitizedHtml.CountOf(output, "<dd>"));
        Assert.DoesNotContain("<dt>", output);
        Assert.Contains("Lạc", output);
        SanitizedHtml.AssertStable(sanitizer, output);
    }

    [Fact]
    public void Sanitize_PrefixesHeadingIdsAndTheirLinks_WhenEditorsMakeInPageAnchors()
    {
        var sanitizer = SanitizedHtml.Create();

        var output = sanitizer.Sanitize(
            "<p><a href=\"#Giới thiệu\">Giới thiệu</a> · <a href=\"#location\">Trụ sở</a></p>" +
            "<h2 id=\"Giới thiệu\">Giới thiệu</h2><h3 id=\"location\">Trụ sở</h3><h3 id=\"location\">Trụ sở khác</h3>" +
            "<p id=\"cookie\">Đoạn</p><h4 id=\"muc-da-co\">Đã có tiền tố</h4>");

        var body = SanitizedHtml.Parse(output);
        Assert.Equal("muc-gioi-thieu", body.QuerySelector("h2")!.Id);
        Assert.Equal(["muc-location", "muc-location-2"], body.QuerySelectorAll("h3").Select(h => h.Id!).ToArray());
        Assert.Equal("muc-da-co", body.QuerySelector("h4")!.Id);
        Assert.Equal(["#muc-gioi-thieu", "#muc-location"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Null(body.QuerySelector("p[id]"));
        SanitizedHtml.AssertHarmless(output);
        SanitizedHtml.AssertStable(sanitizer, output);
    }

    [Theory]
    // The marker span lost Word's mso-list:Ignore (pasted through another program): the bullet is text.
    [InlineData("<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp; </span></span>Hỏi đáp pháp luật</p>")]
    // Word's class kept, its styles dropped, the bullet and padding in the text itself.
    [InlineData("<p class=MsoListParagraphCxSpFirst>·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Hỏi đáp pháp luật</p>")]
    [InlineData("<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'>•\tHỏi đáp pháp luật</p>")]
    public void Sanitize_WritesWordListItemsWithoutTheirBullet_WhenTheBulletCameAsText(string paste)
    {
        var sanitizer = SanitizedHtml.Create();

        var output = sanitizer.Sanitize(paste);

        var item = SanitizedHtml.Parse(output).QuerySelector("ul > li");
        Assert.NotNull(item);
        Assert.Equal("Hỏi đáp pháp luật", item.TextContent.Trim());
        Assert.DoesNotContain("·", output);
        Assert.DoesNotContain("•", output);
        SanitizedHtml.AssertStable(sanitizer, output);
    }

    [Fact]
    public void Sanitize_KeepsAnItemsOwnFirstWord_WhenWordsMarkerSpanWasDropped()
    {
        var sanitizer = SanitizedHtml.Create();

        var output = sanitizer.Sanitize(
            "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span>1. Mục tiêu chung</p>");

        Assert.Equal("1. Mục tiêu chung", SanitizedHtml.Parse(output).QuerySelector("ol > li")!.TextContent.Trim());
    }

    [Fact]
    public void Sanitize_ReportsWhatAnEditorPutThere_AndNotWordsOwnMarkup()
    {
        var sanitizer = SanitizedHtml.Create();
        var report = new SanitizerReport();

        sanitizer.Sanitize(
            "<p class=MsoNormal style='mso-line-height-alt:13pt'><span lang=VI><font face=Arial>Văn bản</font><o:p></o:p></span></p>" +
            "<script>alert(1)</script><img src=\"https://anh.example/a.png\" alt=\"Ảnh ngoài\"><img src=\"/media/a/960.webp\" alt=\"Ảnh trong\">" +
            "<iframe src=\"https://video.example/embed/1\"></iframe><a href=\"javascript:alert(1)\">bấm</a><p onclick=\"x()\">Đoạn</p><object data=\"x.swf\"></object>",
            report);

        Assert.Equal(6, report.Notices.Count);
        Assert.Contains(report.Notices, n => n.Contains("script"));
        Assert.Contains(report.Notices, n => n.Contains("https://anh.example/a.png") && n.Contains("Thư viện tệp"));
        Assert.Contains(report.Notices, n => n.Contains("iframe") && n.Contains("video.example"));
        Assert.Contains(report.Notices, n => n.Contains("javascript:alert(1)"));
        Assert.Contains(report.Notices, n => n.Contains("onclick"));
        Assert.Contains(report.Notices, n => n.Contains("object"));
        Assert.DoesNotContain(report.Notices, n => n.Contains("/media/a/960.webp") || n.Contains("font") || n.Contains("mso"));
    }
}
