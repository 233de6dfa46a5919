namespace ParPortal.Tests.RichText;

/// <summary>HTML as Word puts it on the clipboard: junk goes, headings, lists, tables and text stay.</summary>
public sealed class HtmlSanitizerWordPasteTests
{
    private const string WordDocument = """
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
        <head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style>
        <!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
        <body lang=VI style='tab-interval:36.0pt'>
        <!--StartFragment-->
        <h1 style='mso-margin-top-alt:auto'><span lang=VI>KẾ HOẠCH Tuyên truyền cải cách hành chính năm 2026<o:p></o:p></span></h1>
        <h2><span lang=VI style='mso-bidi-font-family:Arial'>I. MỤC ĐÍCH, YÊU CẦU</span></h2>
        <p class=MsoNormal style='text-align:justify;mso-line-height-alt:13.0pt'><span lang=VI style='font-size:14.0pt;mso-ansi-language:VI'>Nâng cao nhận thức của cán bộ, công chức về <st1:place w:st="on"><st1:City w:st="on">Quảng Trị</st1:City></st1:place><o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Đăng tải tin, bài<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>a.<span>&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Ít nhất 02 tin, bài mỗi quý<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Cập nhật bộ TTHC<o:p></o:p></span></p>
        <p class=MsoNormal><font face="Times New Roman" color=red>Danh sách nhiệm vụ:</font></p>
        <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span><![endif]>Hỏi đáp pháp luật</p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
         <tr style='mso-yfti-irow:0'><td width=60 rowspan=2 valign=top style='width:45pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>STT<o:p></o:p></b></p></td>
          <td width=300 colspan=2 valign=top><p class=MsoNormal><b>Nội dung</b></p></td></tr>
         <tr><td><p class=MsoNormal>Đơn vị chủ trì</p></td><td><p class=MsoNormal>Thời gian</p></td></tr>
        </table>
        <p class=MsoNormal><span style='mso-spacerun:yes'> </span><o:p>&nbsp;</o:p></p>
        <!--EndFragment-->
        </body></html>
        """;

    [Fact]
    public void Sanitize_KeepsHeadingsListsTablesAndText_WhenInputIsWordPaste()
    {
        var sanitizer = SanitizedHtml.Create();

        var output = sanitizer.Sanitize(WordDocument);
        var body = SanitizedHtml.Parse(output);

        Assert.Equal("KẾ HOẠCH Tuyên truyền cải cách hành chính năm 2026", body.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Quảng Trị", body.QuerySelector("p[style='text-align: justify']")!.TextContent);
        var ordered = Assert.Single(body.QuerySelectorAll("body > ol"));
        Assert.Equal(2, ordered.Children.Count(c => c.LocalName == "li"));
        Assert.Contains("Đăng tải tin, bài", ordered.Children[0].TextContent);
        Assert.Equal("Ít nhất 02 tin, bài mỗi quý", ordered.QuerySelector("li > ol > li")!.TextContent.Trim());
        Assert.Equal("Hỏi đáp pháp luật", body.QuerySelector("body > ul > li")!.TextContent.Trim());
        Assert.NotNull(body.QuerySelector("td[rowspan='2']"));
        Assert.NotNull(body.QuerySelector("td[colspan='2'] b"));
        Assert.Equal("Danh sách nhiệm vụ:", body.QuerySelector("p:not([style])")!.TextContent.Trim());
        SanitizedHtml.AssertHarmless(output);
        SanitizedHtml.AssertStable(sanitizer, output);
    }

    [Fact]
    public void Sanitize_RemovesWordJunk_WhenInputIsWordPaste()
    {
        var sanitizer = SanitizedHtml.Create();

        var output = sanitizer.Sanitize(WordDocument);

        foreach (var junk in (string[])["mso-", "Mso", "o:p", "st1:", "<font", "lang=", "<span", "supportLists", "w:WordDocument", "1.&nbsp;", "·", "<!--", "Normal</"])
        {
            Assert.DoesNotContain(junk, output, StringComparison.Ordinal);
        }
    }
}
