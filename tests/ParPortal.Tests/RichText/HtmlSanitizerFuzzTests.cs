using System.Text;

namespace ParPortal.Tests.RichText;

/// <summary>Random tag soup built from dangerous fragments: every result must be harmless and stable.</summary>
public sealed class HtmlSanitizerFuzzTests
{
    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<div>", "</div>", "<table>", "<tr>", "<td>", "</table>", "<li>", "<ul>", "</ul>", "<a href='/x'>",
        "<a href='javascript:alert(1)'>", "</a>", "<svg>", "</svg>", "<math>", "<mtext>", "<style>", "</style>",
        "<noscript>", "</noscript>", "<template>", "</template>", "<select>", "<option>", "<textarea>", "</textarea>",
        "<img src=x onerror=alert(1)>", "<img src='/media/a.jpg' alt='a'>", "<!--", "-->", "<![CDATA[", "]]>", "\"", "'",
        "<b>", "</b>", "<i>", "<h1>", "</h1>", "<pre>", "\n", "Đất đai", "&amp;", "&#106;avascript:", "<form>", "<iframe>",
        "<xmp>", "<p style='text-align:center'>", "<span style='mso-list:Ignore'>", "<p style='mso-list:l0 level3 lfo1'>",
        "<o:p>", "<marquee>", "<button>", "<object>", "<title>", "<plaintext>", ">", "<", "</", "=", " onclick=alert(1) ",
    ];

    [Fact]
    public void Sanitize_ProducesHarmlessStableOutput_WhenInputIsRandomTagSoup()
    {
        var sanitizer = SanitizedHtml.Create();
        var random = new Random(20261122);

        for (var round = 0; round < 1000; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(1, 60);
            for (var i = 0; i < length; i++)
            {
                sb.Append(Fragments[random.Next(Fragments.Length)]);
            }
            var input = sb.ToString();

            var output = sanitizer.Sanitize(input);

            try
            {
                SanitizedHtml.AssertHarmless(output);
                SanitizedHtml.AssertStable(sanitizer, output);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"round {round}\ninput:  {input}\noutput: {output}", e);
            }
        }
    }
}
