using Microsoft.Playwright;
using ParPortal.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ParPortal.BrowserTests;

/// <summary>
/// The security headers as a browser gets them, and the policy at work: the editor runs under it, an injected inline
/// script does not.
/// </summary>
public sealed class SecurityHeadersJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Editor_WorksUnderTheAdminPolicy_AndThePolicyIsOnEveryPage()
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, Width.Desktop, output);

        var home = await s.GotoAsync("/");
        AssertPolicy(await home.AllHeadersAsync(), "frame-ancestors 'self'");
        await AdminSteps.LoginAsync(s, "bientap");
        var editor = await s.GotoAsync("/admin/content/new/Article");
        var headers = await editor.AllHeadersAsync();
        AssertPolicy(headers, "frame-ancestors 'none'");
        Assert.Equal("DENY", headers["x-frame-options"]);

        // The editor loads its script files and takes typed text under the policy.
        var wysiwyg = s.Page.Locator(".jodit-wysiwyg");
        await Expect(wysiwyg).ToBeVisibleAsync();
        await wysiwyg.ClickAsync();
        await s.Page.Keyboard.TypeAsync("Nội dung gõ dưới chính sách bảo mật");
        await Expect(wysiwyg).ToContainTextAsync("Nội dung gõ dưới chính sách bảo mật");
        await s.ScreenshotAsync("s-editor-under-csp");
        await s.AssertCleanAsync();
    }

    [Fact]
    public async Task InjectedInlineScript_IsRefused_OnAPublicPage()
    {
        await using var host = new BrowserHost();
        await using var s = await BrowserSession.OpenAsync(browser.Browser, host, Width.Phone, output);
        await s.GotoAsync("/tin-bai");

        var ran = await s.Page.EvaluateAsync<bool>("""
            async () => {
              const script = document.createElement('script');
              script.textContent = 'window.__injected = true';
              document.head.append(script);
              await new Promise(r => setTimeout(r, 100));
              return window.__injected === true;
            }
            """);

        Assert.False(ran, "An inline script ran on a public page.");
        await s.Page.WaitForTimeoutAsync(200);
        var errors = s.TakeBrowserErrors();
        Assert.Contains(errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        await s.AssertCleanAsync();
    }

    private static void AssertPolicy(Dictionary<string, string> headers, string frameAncestors)
    {
        var csp = headers["content-security-policy"];
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotMatch("script-src[^;]*'unsafe-inline'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains(frameAncestors, csp);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.True(headers.ContainsKey("referrer-policy"));
        Assert.True(headers.ContainsKey("permissions-policy"));
    }
}
