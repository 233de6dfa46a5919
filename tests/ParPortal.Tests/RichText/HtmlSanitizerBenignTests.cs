namespace ParPortal.Tests.RichText;

/// <summary>Ordinary article markup keeps its structure and text.</summary>
public sealed class HtmlSanitizerBenignTests
{
    /// <summary>Input, a CSS selector that must match in the output, and text that element must contain.</summary>
    public static TheoryData<string, string, string> BenignInputs => new()
    {
        { "<h2>Cải cách thủ tục hành chính</h2>", "h2", "Cải cách thủ tục hành chính" },
        { "<h1>Tiêu đề bài</h1>", "h2", "Tiêu đề bài" },
        { "<h6>Mục nhỏ</h6>", "h6", "Mục nhỏ" },
        { "<p>Đường dây nóng: <strong>0233 3852 111</strong></p>", "p > strong", "0233 3852 111" },
        { "<ul><li>Một cửa</li><li>Một cửa liên thông</li></ul>", "ul > li:nth-child(2)", "Một cửa liên thông" },
        { "<ol start=\"3\" type=\"a\"><li>Bước ba</li></ol>", "ol[start='3'][type='a'] > li", "Bước ba" },
        { "<table><caption>Chỉ số PAR INDEX</caption><tr><th scope=\"col\">Năm</th></tr></table>", "table > caption", "Chỉ số PAR INDEX" },
        { "<table><tr><td rowspan=\"2\" colspan=\"3\">Gộp ô</td></tr></table>", "td[rowspan='2'][colspan='3']", "Gộp ô" },
        { "<table><thead><tr><th scope=\"row\">Đơn vị</th></tr></thead><tbody><tr><td>Sở GTVT</td></tr></tbody><tfoot><tr><td>Tổng</td></tr></tfoot></table>", "tfoot td", "Tổng" },
        { "<figure><img src=\"/media/2026/anh.jpg\" alt=\"Hội nghị\" width=\"800\" height=\"600\"><figcaption>Hội nghị CCHC</figcaption></figure>", "figure > figcaption", "Hội nghị CCHC" },
        { "<p><a href=\"https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\">Cổng DVCQG</a></p>", "a[href='https://dichvucong.gov.vn/p/home/dvc-trang-chu.html']", "Cổng DVCQG" },
        { "<p><a href=\"mailto:cchc@quangtri.gov.vn\">Thư điện tử</a></p>", "a[href='mailto:cchc@quangtri.gov.vn']", "Thư điện tử" },
        { "<p><a href=\"tel:+842333852111\">Gọi</a></p>", "a[href='tel:+842333852111']", "Gọi" },
        { "<p><a href=\"/tin-tuc/dat-dai?trang=2\">Trang 2</a></p>", "a[href='/tin-tuc/dat-dai?trang=2']", "Trang 2" },
        { "<p><a href=\"#muc-2\">Mục 2</a></p>", "a[href='#muc-2']", "Mục 2" },
        { "<blockquote><p>Lấy người dân làm trung tâm</p></blockquote>", "blockquote > p", "Lấy người dân làm trung tâm" },
        { "<p>H<sub>2</sub>O và x<sup>2</sup>, <em>nghiêng</em>, <u>gạch</u>, <s>xoá</s>, <mark>tô</mark>, <small>nhỏ</small></p>", "p > mark", "tô" },
        { "<pre><code>826/KH-UBND</code></pre>", "pre > code", "826/KH-UBND" },
        { "<p style=\"text-align: center; color: red\">Căn giữa</p>", "p[style='text-align: center']", "Căn giữa" },
        { "<p class=\"text-right MsoNormal\">Căn phải</p>", "p[class='text-right']", "Căn phải" },
        { "<p><span style=\"text-align:justify\">Đều hai bên</span></p>", "span[style='text-align: justify']", "Đều hai bên" },
        { "<div>Dòng từ trình soạn thảo</div>", "p", "Dòng từ trình soạn thảo" },
        { "<p>Dòng một<br>Dòng hai</p><hr>", "p > br", "" },
        { "<p><img src=\"anh/tuong-doi.png\" alt=\"Ảnh tương đối\" title=\"Tiêu đề\"></p>", "img[src='anh/tuong-doi.png'][alt='Ảnh tương đối'][title='Tiêu đề']", "" },
    };

    [Theory]
    [MemberData(nameof(BenignInputs))]
    public void Sanitize_KeepsContent_WhenInputIsOrdinaryArticleMarkup(string input, string selector, string text)
    {
        var sanitizer = SanitizedHtml.Create();

        var output = sanitizer.Sanitize(input);

        var element = SanitizedHtml.Parse(output).QuerySelector(selector);
        Assert.True(element is not null, $"'{selector}' not found in: {output}");
        Assert.Contains(text, element.TextContent);
        SanitizedHtml.AssertHarmless(output);
        SanitizedHtml.AssertStable(sanitizer, output);
    }

    [Fact]
    public void Sanitize_CountsAtLeastTwentyBenignSamples_WhenTheTableIsLoaded()
    {
        Assert.True(BenignInputs.Count >= 20);
    }

    [Fact]
    public void Sanitize_WritesVietnameseAsCharactersInNfc_WhenInputIsDecomposedOrEntityEncoded()
    {
        var sanitizer = SanitizedHtml.Create();
        var decomposed = "Thu\u0309 tu\u0323c &#x111;&#x1EA5;t &#273;ai & <b>\u00a0</b>";

        var output = sanitizer.Sanitize("<p>" + decomposed + "</p>");

        Assert.Equal("<p>Thủ tục đất đai &amp; <b>&nbsp;</b></p>", output);
        Assert.True(output.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Sanitize_ReturnsEmpty_WhenInputIsNullOrBlank()
    {
        var sanitizer = SanitizedHtml.Create();

        Assert.Equal("", sanitizer.Sanitize(null));
        Assert.Equal("", sanitizer.Sanitize("  \n "));
    }

    [Fact]
    public void Sanitize_AcceptsImageOnlyUnderMediaPrefix_WhenSourceIsAbsolutePath()
    {
        var sanitizer = new ParPortal.Features.RichText.HtmlSanitizer(
            new ParPortal.Features.RichText.RichTextOptions { MediaPathPrefix = "/uploads/" });

        var body = SanitizedHtml.Parse(sanitizer.Sanitize(
            "<img src=\"/uploads/a.jpg\" alt=\"a\"><img src=\"/media/b.jpg\" alt=\"b\"><img src=\"https://cdn.example/c.jpg\" alt=\"c\">"));

        var image = Assert.Single(body.QuerySelectorAll("img"));
        Assert.Equal("/uploads/a.jpg", image.GetAttribute("src"));
    }
}
