using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security;

/// <summary>
/// Every response carries the security headers, with the policy its path or endpoint names; links that leave the page
/// are built from the configured public address, never from the Host header.
/// </summary>
public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/", "frame-ancestors 'self'")]
    [InlineData("/tin-bai", "frame-ancestors 'self'")]
    [InlineData("/khong-co-trang-nay", "frame-ancestors 'self'")]
    [InlineData("/rss.xml", "frame-ancestors 'self'")]
    [InlineData("/admin/login", "frame-ancestors 'none'")]
    [InlineData("/admin/content", "frame-ancestors 'none'")]
    [InlineData("/api/content", "frame-ancestors 'none'")]
    [InlineData("/api/content?page=abc", "frame-ancestors 'none'")]
    [InlineData("/_content/ParPortal/js/editor.js", "frame-ancestors 'self'")]
    public async Task Response_CarriesTheSecurityHeaders_OnEveryKindOfAnswer(string url, string frameAncestors)
    {
        using var factory = new ParPortalFactory();

        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(url);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains(frameAncestors, csp);
        Assert.DoesNotContain("'unsafe-inline' 'unsafe-eval'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.NotEmpty(Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
    }

    [Fact]
    public async Task AdminPages_CannotBeFramed_AndHaveNoInlineScript()
    {
        using var factory = new ParPortalFactory();
        using var admin = await factory.LoginAsync("admin");

        var page = await admin.GetAsync("/admin/media");

        Assert.Equal("DENY", Header(page, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(page, "Content-Security-Policy"));
        Assert.Empty(new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync()).QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task PublicPages_MayBeFramedByTheConfiguredPortal_AndTheAdminStillNot()
    {
        using var factory = new ConfiguredFactory(("ParPortal:Security:Headers:PublicFrameAncestors:0", "https://quangtri.gov.vn"));

        var home = await factory.CreateClient().GetAsync("/");
        var login = await factory.CreateClient().GetAsync("/admin/login");

        Assert.Contains("frame-ancestors 'self' https://quangtri.gov.vn", Header(home, "Content-Security-Policy"));
        Assert.False(home.Headers.Contains("X-Frame-Options"), "X-Frame-Options cannot name another site and would forbid the portal's frame.");
        Assert.Contains("frame-ancestors 'none'", Header(login, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Hsts_IsSent_OnHttpsOnly()
    {
        using var factory = new ParPortalFactory();

        // HSTS is never sent to localhost (the middleware leaves development hosts alone).
        var secure = await factory.CreateClient(new() { BaseAddress = new Uri("https://cchc.example.vn") }).GetAsync("/");
        var plain = await factory.CreateClient().GetAsync("/");

        Assert.Contains("max-age=15552000", Header(secure, "Strict-Transport-Security"));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Links_UseTheConfiguredAddress_WhateverTheHostHeaderSays()
    {
        using var factory = new ConfiguredFactory(("ParPortal:Site:PublicBaseUrl", "https://cchc.quangtri.gov.vn/"));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        var sitemap = await (await client.GetAsync("/sitemap-trang.xml")).Content.ReadAsStringAsync();
        var robots = await (await client.GetAsync("/robots.txt")).Content.ReadAsStringAsync();
        var feed = await (await client.GetAsync("/rss.xml")).Content.ReadAsStringAsync();
        var home = new HtmlParser().ParseDocument(await (await client.GetAsync("/")).Content.ReadAsStringAsync());

        foreach (var text in (string[])[sitemap, robots, feed, home.DocumentElement.OuterHtml])
        {
            Assert.DoesNotContain("evil.example", text);
        }

        Assert.Contains("<loc>https://cchc.quangtri.gov.vn/</loc>", sitemap);
        Assert.Contains("Sitemap: https://cchc.quangtri.gov.vn/sitemap.xml", robots);
        Assert.Equal("https://cchc.quangtri.gov.vn/", home.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Links_NeverEchoAnUnlistedHost_WhenNoAddressIsConfigured()
    {
        using var factory = new ConfiguredFactory(("AllowedHosts", "*"));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        var sitemap = await (await client.GetAsync("/sitemap-trang.xml")).Content.ReadAsStringAsync();
        var home = await (await client.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("evil.example", sitemap);
        Assert.DoesNotContain("evil.example", home);
        Assert.Contains("<loc>http://localhost/</loc>", sitemap);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : string.Empty;

    /// <summary>The test host with extra settings.</summary>
    private sealed class ConfiguredFactory(params (string Key, string Value)[] settings) : ParPortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
