using System.Text;
using AngleSharp.Dom;
using ParPortal.Features.RichText;
using Reference = Ganss.Xss.HtmlSanitizer;

namespace ParPortal.Tests.RichText;

/// <summary>
/// A second opinion on our sanitizer from HtmlSanitizer (Ganss.Xss, test-only: it is quadratic on some hostile inputs,
/// see docs/decisions.md). Configured with our allow-list, it must keep unchanged whatever ours keeps, over the attack,
/// benign, Word and random corpora: ours never lets through something that an independent allow-list sanitizer would
/// remove. The differences that remain are ours by design, each named and justified in <see cref="Justified"/>.
/// </summary>
public sealed class SecondOpinionTests
{
    private static readonly string[] IframeHosts = ["www.youtube.com"];

    [Fact]
    public void ReferenceSanitizer_KeepsUnchanged_EverythingOursKeeps()
    {
        var ours = SanitizedHtml.Create(IframeHosts);
        var reference = Configured();
        var differences = new List<string>();
        var corpus = Corpus().ToList();

        foreach (var input in corpus)
        {
            var kept = ours.Sanitize(input);
            var second = reference.Sanitize(kept);
            var (a, b) = (Canonical(kept), Canonical(second));
            if (a != b && !Justified(a, b))
            {
                differences.Add($"input:  {input}\nours:   {a}\ntheirs: {b}");
            }
        }

        Assert.True(corpus.Count >= 1_000, $"Only {corpus.Count} inputs in the corpus.");
        Assert.True(differences.Count == 0, $"{differences.Count} of {corpus.Count} outputs lose something under the second opinion:\n\n" + string.Join("\n\n", differences.Take(20)));
    }

    /// <summary>HtmlSanitizer restricted to what ours allows: its tags, attributes, schemes and the one CSS property.</summary>
    private static Reference Configured()
    {
        var s = new Reference();
        s.AllowedTags.Clear();
        foreach (var tag in SanitizerPolicy.AllowedElements.Append("iframe"))
        {
            s.AllowedTags.Add(tag);
        }

        s.AllowedAttributes.Clear();
        foreach (var attribute in (string[])["style", "class", "href", "target", "rel", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope",
                     "start", "type", "datetime", "id", "sandbox", "allowfullscreen", "loading", "referrerpolicy"])
        {
            s.AllowedAttributes.Add(attribute);
        }

        s.AllowedSchemes.Clear();
        foreach (var scheme in SanitizerPolicy.LinkSchemes)
        {
            s.AllowedSchemes.Add(scheme);
        }

        s.AllowedCssProperties.Clear();
        s.AllowedCssProperties.Add("text-align");
        s.AllowedAtRules.Clear();
        s.AllowDataAttributes = false;
        return s;
    }

    /// <summary>
    /// Differences that are ours on purpose. Each one is a rule of our policy that HtmlSanitizer's configuration has no
    /// words for; none of them lets anything through that it would keep out.
    /// </summary>
    private static bool Justified(string ours, string theirs) =>
        // HtmlSanitizer writes the non-breaking spaces of Word's padding as characters; ours keeps the entity. Same text.
        ours.Replace("&nbsp;", "\u00a0", StringComparison.Ordinal) == theirs.Replace("&nbsp;", "\u00a0", StringComparison.Ordinal);

    /// <summary>Both outputs parsed as a browser would and written back the same way, so that only the trees are compared.</summary>
    private static string Canonical(string html)
    {
        var body = SanitizedHtml.Parse(html);
        var sb = new StringBuilder();
        Write(body, sb);
        return sb.ToString();
    }

    private static void Write(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal));
                    break;
                case IElement element:
                    sb.Append('<').Append(element.LocalName);
                    foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                    {
                        sb.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Name == "style" ? attribute.Value.Replace(" ", "", StringComparison.Ordinal).TrimEnd(';') : attribute.Value).Append('"');
                    }

                    sb.Append('>');
                    Write(element, sb);
                    sb.Append("</").Append(element.LocalName).Append('>');
                    break;
            }
        }
    }

    /// <summary>The attack corpus, the benign corpus, Word pastes, editor markup and seeded random tag soup.</summary>
    private static IEnumerable<string> Corpus()
    {
        foreach (var row in HtmlSanitizerMaliciousTests.MaliciousInputs)
        {
            yield return row;
        }

        foreach (var row in HtmlSanitizerBenignTests.BenignInputs)
        {
            yield return (string)row[0];
        }

        yield return "<dl><dt>TTHC</dt><dd>Thủ tục hành chính</dd></dl><p><abbr title=\"Ủy ban nhân dân\">UBND</abbr> <time datetime=\"2026-07-01\">01/7</time></p>";
        yield return "<h2 id=\"Giới thiệu\">Giới thiệu</h2><p><a href=\"#Giới thiệu\">lên đầu</a></p><h3 id=\"location\">Trụ sở</h3>";
        yield return "<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='font-family:Symbol'>·<span>&nbsp;&nbsp; </span></span>Hỏi đáp</p>";
        yield return "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span>Một</p><p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>a.<span>&nbsp; </span></span>Hai</p>";
        yield return "<table><caption>Chỉ số</caption><thead><tr><th scope=\"col\">Năm</th></tr></thead><tbody><tr><td rowspan=\"2\">2024</td></tr></tbody></table>";
        yield return "<p><a href=\"https://dichvucong.gov.vn\" target=\"_blank\">DVC</a> <iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\" height=\"315\" title=\"Video\"></iframe></p>";

        var random = new Random(20261206);
        for (var round = 0; round < 1_000; round++)
        {
            var sb = new StringBuilder();
            for (var i = random.Next(1, 40); i > 0; i--)
            {
                sb.Append(Fragments[random.Next(Fragments.Length)]);
            }

            yield return sb.ToString();
        }
    }

    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<div>", "</div>", "<table>", "<tr>", "<td>", "</table>", "<li>", "<ul>", "</ul>", "<ol start='3'>", "</ol>",
        "<a href='/x'>", "<a href='https://dichvucong.gov.vn' target='_blank'>", "<a href='javascript:alert(1)'>", "</a>", "<a href='#Mục 2'>",
        "<svg>", "</svg>", "<math>", "<mtext>", "<style>", "</style>", "<noscript>", "</noscript>", "<template>", "<select>", "<textarea>",
        "<img src=x onerror=alert(1)>", "<img src='/media/a/960.webp' alt='Ảnh' width='960' height='640'>", "<img src='https://x.example/a.png'>",
        "<!--", "-->", "\"", "'", "<b>", "</b>", "<i>", "<h1>", "</h1>", "<h2 id='Mục 2'>", "</h2>", "<h3 id='location'>", "</h3>",
        "<pre>", "\n", "Đất đai", "&amp;", "&nbsp;", "<p style='text-align:center;color:red'>", "<span style='mso-list:Ignore'>",
        "<p style='mso-list:l0 level2 lfo1'>", "<o:p>", "<dl>", "<dt>", "<dd>", "</dl>", "<abbr title='Ủy ban nhân dân'>", "</abbr>",
        "<time datetime='2026-07-01'>", "</time>", "<blockquote>", "</blockquote>", "<figure>", "<figcaption>", "<sub>", "<sup>",
        "<code>", "<mark>", "<small>", "<s>", "<u>", "<em>", "<strong>", " onclick=alert(1) ", "<caption>", "<th scope='row'>",
        "<iframe src='https://www.youtube.com/embed/a'>", "</iframe>", "<p class='text-center MsoNormal'>", "<br>", "<hr>",
    ];
}
