using System.Net;
using System.Security.Claims;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security.RouteTable;

/// <summary>
/// Someone calling the app: anonymous, one of the four roles, or a caller whose access was taken away (a revoked API
/// token; for pages, the saved cookie of a session that was logged out). Pages are called with the session cookie and
/// the API with a personal token, as the app accepts them.
/// </summary>
public sealed record Caller(string Name, string? Role, HttpClient Pages, HttpClient Api, string Antiforgery)
{
    /// <summary>What the role may do, as a principal the app's own permission checks read.</summary>
    public ClaimsPrincipal? Principal(int unitId) => Role is null
        ? null
        : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Role), new Claim(PortalClaims.UnitId, unitId.ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"));

    public override string ToString() => Name;
}

/// <summary>Creates the callers of the route-table test.</summary>
public static class RouteTableUsers
{
    public const string Contributor = "rt-contributor";

    public static async Task<IReadOnlyList<Caller>> CreateAsync(ParPortalFactory factory)
    {
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("rt-editor", Roles.Editor);
        await factory.CreateUserAsync(Contributor, Roles.Contributor, AdminTestData.UnitA);
        await factory.CreateUserAsync("rt-office", Roles.Office);
        await factory.CreateUserAsync("rt-revoked", Roles.Editor);
        var callers = new List<Caller>
        {
            await AnonymousAsync(factory),
            await RevokedAsync(factory),
        };
        foreach (var (name, role) in ((string, string)[])[("admin", Roles.Administrator), ("rt-editor", Roles.Editor), (Contributor, Roles.Contributor), ("rt-office", Roles.Office)])
        {
            var pages = await factory.LoginAsync(name);
            callers.Add(new Caller(role, role, pages, await factory.ApiClientAsync(name), await AntiforgeryAsync(pages)));
        }

        return callers;
    }

    private static async Task<Caller> AnonymousAsync(ParPortalFactory factory)
    {
        var pages = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        return new Caller("anonymous", null, pages, factory.CreateClient(), await AntiforgeryAsync(pages));
    }

    /// <summary>
    /// A token that was revoked, and a copy of a session cookie taken before its owner logged out: both must be
    /// refused like no credentials at all, once the session check has run (the clock is moved past its interval).
    /// </summary>
    private static async Task<Caller> RevokedAsync(ParPortalFactory factory)
    {
        var cookie = await Sessions.LoginCookieAsync(factory, "rt-revoked");
        using (var owner = await factory.LoginAsync("rt-revoked"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync("/admin/logout", [], "/admin")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var pages = Sessions.ClientWithCookie(factory, cookie);
        var api = await factory.ApiClientAsync("rt-revoked");
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var token = db.ApiTokens.Single(t => t.User!.UserName == "rt-revoked");
            await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(token.Id, null, "admin");
        }

        return new Caller("revoked", null, pages, api, await AntiforgeryAsync(pages));
    }

    /// <summary>An antiforgery token issued to the client as it is now (anonymous, or signed in).</summary>
    private static async Task<string> AntiforgeryAsync(HttpClient client)
    {
        var html = await (await client.GetAsync("/admin/login")).Content.ReadAsStringAsync();
        return new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on /admin/login.");
    }
}
