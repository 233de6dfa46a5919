using System.Text;

namespace ParPortal.Tests.RichText;

/// <summary>Hostile shapes of input: deep nesting, very large input, broken markup. No exception, bounded time.</summary>
public sealed class HtmlSanitizerRobustnessTests
{
    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<span style='text-align:left'>", "</span>")]
    [InlineData("<blockquote>", "</blockquote>")]
    [InlineData("<b><i>", "")]
    [InlineData("<table><tr><td>", "")]
    [InlineData("<ul><li>", "")]
    [InlineData("<a href=/x>", "</a>")]
    [InlineData("<svg><g>", "")]
    public void Sanitize_KeepsTextAndStaysShallow_WhenNestedTenThousandLevels(string open, string close)
    {
        var sanitizer = SanitizedHtml.Create();
        var html = SanitizedHtml.Repeat(open, 10_000) + "Nội dung sâu" + SanitizedHtml.Repeat(close, 10_000);

        var output = sanitizer.Sanitize(html);

        if (!open.StartsWith("<svg", StringComparison.Ordinal))
        {
            Assert.Contains("Nội dung sâu", output);
        }
        Assert.True(MaxDepth(output) <= 256, $"depth {MaxDepth(output)}");
        SanitizedHtml.AssertStable(sanitizer, output);
    }

    [Fact]
    public void Sanitize_TakesLinearTime_WhenInputIsFiveMegabytes()
    {
        var sanitizer = SanitizedHtml.Create();
        var block = "<h2>Tiêu đề</h2><p class=MsoNormal style='mso-x:1'>Đoạn <b>văn</b> <a href='/x' onclick=x>liên kết</a><img src=x onerror=y></p><table><tr><td rowspan=2>ô</td></tr></table>\n";
        var html = SanitizedHtml.Repeat(block, 5 * 1024 * 1024 / block.Length + 1);
        var tenth = html[..(html.Length / 10)];
        var output = string.Empty;

        // The 1 s target is measured by the `sanitizer` benchmark; this test checks the shape of the cost.
        TimeShape.AssertLinear(() => sanitizer.Sanitize(tenth), () => output = sanitizer.Sanitize(html), "5 MB");
        Assert.Equal(html.Length / block.Length, SanitizedHtml.CountOf(output, "<h2>Tiêu đề</h2>"));
        Assert.DoesNotContain("onclick", output);
    }

    [Theory]
    [InlineData("<p>mở<b>đậm<i>nghiêng</p>văn bản")]
    [InlineData("<table><tr><td>ô<td><table><p>lạc")]
    [InlineData("</p></p></div></table></b>chữ")]
    [InlineData("<a href='/x'<b>thẻ hỏng")]
    [InlineData("<p title='không đóng>chữ")]
    [InlineData("<!-- chú thích không đóng <p>chữ")]
    [InlineData("<<<>>>&&&;;;&#xZZZ;&#99999999;")]
    [InlineData("<p>\ud800 nửa cặp \udc00 thay thế\u0001\u0007</p>")]
    [InlineData("<ul><li>một<ol><li>hai</ul>ba</li>")]
    [InlineData("<h1><h2><h3>tiêu đề lồng</h3>")]
    [InlineData("<p><marquee><p>đoạn lồng<table><tr><td>ô</td></tr></table></marquee></p>")]
    [InlineData("<pre>\n\nhai dòng trống</pre>")]
    public void Sanitize_ReturnsStableWellFormedHtml_WhenMarkupIsMalformed(string html)
    {
        var sanitizer = SanitizedHtml.Create();

        var output = sanitizer.Sanitize(html);

        SanitizedHtml.AssertHarmless(output);
        SanitizedHtml.AssertStable(sanitizer, output);
        Assert.True(output.IsNormalized(NormalizationForm.FormC));
        Assert.DoesNotContain("\ud800", output);
    }

    [Fact]
    public void Sanitize_GivesSameResults_WhenCalledFromManyThreads()
    {
        var sanitizer = SanitizedHtml.Create();
        var inputs = Enumerable.Range(0, 64).Select(i => $"<p>Bài {i} <script>x</script><b>đậm</b></p>").ToArray();
        var expected = inputs.Select(sanitizer.Sanitize).ToArray();

        var actual = new string[inputs.Length];
        Parallel.For(0, inputs.Length, i => actual[i] = sanitizer.Sanitize(inputs[i]));

        Assert.Equal(expected, actual);
        Assert.Equal("<p>Bài 7 <b>đậm</b></p>", actual[7]);
    }

    /// <summary>Depth of the re-parsed output, measured without recursion.</summary>
    private static int MaxDepth(string html)
    {
        var body = SanitizedHtml.Parse(html);
        var max = 0;
        var stack = new Stack<(AngleSharp.Dom.IElement Element, int Depth)>([(body, 0)]);
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
        return max;
    }
}
