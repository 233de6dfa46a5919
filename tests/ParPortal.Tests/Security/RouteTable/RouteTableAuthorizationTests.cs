using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ParPortal.Tests.Security.RouteTable;

/// <summary>
/// Walks the app's own route table (every minimal-API endpoint and every Razor page handler) and calls each route as
/// every caller: anonymous, a revoked token or session, and each of the four roles. What each caller must get comes
/// from what the route declares (its policies, AllowAnonymous, a handler's required permission, its content item and
/// type rules): allowed callers must not be refused, the others must be refused in the right way (401 / login for
/// those without credentials, 403 / denied for the others), and nobody may get a 500.
/// </summary>
public sealed class RouteTableAuthorizationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryRoute_AnswersEveryCallerAsDeclared_WhenCalledByEachRole()
    {
        using var factory = new DemoFactory();
        var callers = await RouteTableUsers.CreateAsync(factory);
        var types = factory.Services.GetRequiredService<ContentTypeRegistry>();
        var unitA = await UnitIdAsync(factory, AdminTestData.UnitA);
        var fixture = new RouteFixture(factory);
        // Logging out ends the caller's session, so it is the last route each caller takes.
        var routes = (await DeclaredRoute.ReadAllAsync(factory.Services)).OrderBy(r => r.Template == "/admin/logout").ThenBy(r => r.Template).ToList();

        var wrong = new List<string>();
        foreach (var route in routes.Where(r => r.IsUndeclared))
        {
            wrong.Add($"{route}: declares no policy and no AllowAnonymous.");
        }

        foreach (var route in routes.Where(r => r.Policies.Any(p => !Permissions.All.Contains(p))))
        {
            wrong.Add($"{route}: policy {string.Join(", ", route.Policies.Where(p => !Permissions.All.Contains(p)))} is not a permission.");
        }

        // The page that tells a signed-in user "no permission" answers 403 itself; that is its content, not a refusal.
        var deniedPage = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).AccessDeniedPath;
        var checks = 0;
        foreach (var route in routes.Where(r => !r.IsUndeclared))
        {
            foreach (var @case in await fixture.CasesAsync(route))
            {
                // Callers that must be refused go first: a call that is let through may change the route's data.
                foreach (var caller in callers.OrderBy(c => Allowed(c, route, @case, types, unitA)))
                {
                    var allowed = Allowed(caller, route, @case, types, unitA);
                    var response = await SendAsync(caller, route, @case);
                    checks++;
                    if (Problem(caller, allowed, response, isDeniedPage: route.Template == deniedPage) is { } problem)
                    {
                        wrong.Add($"{caller} {route.Method} {@case.Url}{(route.Handler is null ? "" : " handler=" + route.Handler)}: {problem}");
                    }
                }
            }
        }

        output.WriteLine($"{checks} calls over {routes.Count} routes and {callers.Count} callers, {wrong.Count} wrong answers.");
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong answers in {checks} calls over {routes.Count} routes:\n" + string.Join("\n", wrong));
        Assert.True(routes.Count > 60, $"Only {routes.Count} routes were found; the route table was not read.");
    }

    /// <summary>The declared answer: does this caller pass everything the route declares?</summary>
    private static bool Allowed(Caller caller, DeclaredRoute route, RouteCase @case, ContentTypeRegistry types, int unitA)
    {
        if (route.AllowsAnonymous)
        {
            return true;
        }

        if (caller.Principal(unitA) is not { } user)
        {
            return false;
        }

        // An item rule applies where the route names the item (the edit page's create route has no id).
        return route.Policies.All(user.HasPermission)
            && (route.ItemAccess is not { } item || route.Pattern.GetParameter(item.RouteKey) is null
                || user.CanEdit(types.Get(@case.ItemType), unitA, read: item.Kind == ContentAccessKind.Read))
            && (route.TypeAccess is null || @case.TypeName is not { } type || user.CanCreate(types.Get(type)));
    }

    /// <summary>Null when the answer is what the declaration says, else what is wrong with it.</summary>
    private static string? Problem(Caller caller, bool allowed, HttpResponseMessage response, bool isDeniedPage)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"answered {status}.";
        }

        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        var toLogin = response.StatusCode == HttpStatusCode.Redirect && location.Contains("/admin/login", StringComparison.Ordinal);
        var toDenied = response.StatusCode == HttpStatusCode.Redirect && location.Contains("/admin/denied", StringComparison.Ordinal);
        var unauthenticated = response.StatusCode == HttpStatusCode.Unauthorized || toLogin;
        var forbidden = (response.StatusCode == HttpStatusCode.Forbidden && !isDeniedPage) || toDenied;
        if (allowed)
        {
            return unauthenticated || forbidden ? $"declared allowed, but refused with {status} {location}." : null;
        }

        if (caller.Role is null)
        {
            return unauthenticated ? null : $"declared refused (no valid credentials), but answered {status} {location}.";
        }

        return forbidden ? null : $"declared refused (permission), but answered {status} {location}.";
    }

    private static Task<HttpResponseMessage> SendAsync(Caller caller, DeclaredRoute route, RouteCase @case)
    {
        var url = route.Handler is null ? @case.Url : @case.Url + (@case.Url.Contains('?') ? "&" : "?") + "handler=" + route.Handler;
        var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
        if (route.Method != "GET")
        {
            request.Content = route.IsPage
                ? new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = caller.Antiforgery })
                : route.AcceptsOnlyForms ? new MultipartFormDataContent() : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return (route.IsApi ? caller.Api : caller.Pages).SendAsync(request);
    }

    private static async Task<int> UnitIdAsync(ParPortalFactory factory, string code)
    {
        await using var scope = factory.Scope();
        return factory.Db(scope).Units.Single(u => u.Code == code).Id;
    }
}
