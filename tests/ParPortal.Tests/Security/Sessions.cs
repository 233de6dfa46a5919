using System.Net;
using AngleSharp.Html.Parser;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security;

/// <summary>Session cookies handled by hand, so that a test can keep a copy of one and replay it later.</summary>
public static class Sessions
{
    public const string CookieName = "parportal.auth";

    /// <summary>Logs in through the real form and returns the session cookie ("parportal.auth=…").</summary>
    public static async Task<string> LoginCookieAsync(ParPortalFactory factory, string userName, string? password = null)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/admin/login");
        var antiforgeryCookie = CookiesOf(form).Single(c => c.StartsWith("parportal.af=", StringComparison.Ordinal));
        var token = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync())
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = userName,
                ["Input.Password"] = password ?? (userName == "admin" ? ParPortalFactory.AdminPassword : ParPortalFactory.UserPassword),
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return CookiesOf(response).Single(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal));
    }

    /// <summary>A client that sends the given cookie on every request and keeps no others.</summary>
    public static HttpClient ClientWithCookie(ParPortalFactory factory, string cookie)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static IEnumerable<string> CookiesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';', 2)[0]) : [];
}
