using Xunit.Sdk;

namespace ParPortal.Tests.RichText;

/// <summary>The harmlessness check itself must catch raw attacks, or the malicious table would prove nothing.</summary>
public sealed class SanitizedHtmlCheckTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>")]
    [InlineData("<svg><circle r=1></circle></svg>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    [InlineData("<iframe srcdoc=\"x\"></iframe>")]
    [InlineData("<p><!-- x --></p>")]
    [InlineData("<base href=\"https://evil.example/\">")]
    public void AssertHarmless_Fails_WhenGivenUnsanitizedAttack(string raw)
    {
        Assert.ThrowsAny<XunitException>(() => SanitizedHtml.AssertHarmless(raw));
    }
}
