using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security;

/// <summary>
/// Sessions end when the account changes: a copy of a session cookie stops opening the admin within a minute of a
/// logout, an administrator's lock, a new password or a change of roles.
/// </summary>
public sealed class SessionTests
{
    /// <summary>Past the session check's interval (one minute): the next request re-checks the account.</summary>
    private static readonly TimeSpan PastTheCheck = TimeSpan.FromSeconds(61);

    [Fact]
    public async Task SavedCookie_StopsOpeningTheAdmin_WhenItsSessionLoggedOut()
    {
        using var factory = new ParPortalFactory();
        await factory.CreateUserAsync("s-logout", Roles.Editor);
        var cookie = await Sessions.LoginCookieAsync(factory, "s-logout");
        using var saved = Sessions.ClientWithCookie(factory, cookie);
        Assert.Equal(HttpStatusCode.OK, (await saved.GetAsync("/admin")).StatusCode);

        using (var same = await factory.LoginAsync("s-logout"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await same.PostFormAsync("/admin/logout", [], "/admin")).StatusCode);
        }

        factory.Clock.Advance(PastTheCheck);
        AssertSentToLogin(await saved.GetAsync("/admin"));
    }

    [Theory]
    [InlineData("Lock", null)]
    [InlineData("ResetPassword", "Moi12345xyz")]
    public async Task SavedCookie_StopsOpeningTheAdmin_WhenAnAdministratorLocksTheAccountOrResetsItsPassword(string handler, string? newPassword)
    {
        using var factory = new ParPortalFactory();
        var user = await factory.CreateUserAsync("s-" + handler.ToLowerInvariant(), Roles.Editor);
        using var session = Sessions.ClientWithCookie(factory, await Sessions.LoginCookieAsync(factory, user.UserName!));
        using var admin = await factory.LoginAsync("admin");
        var fields = newPassword is null ? new Dictionary<string, string>() : new() { ["NewPassword"] = newPassword };

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{user.Id}?handler={handler}", fields, $"/admin/users/{user.Id}")).StatusCode);
        factory.Clock.Advance(PastTheCheck);

        AssertSentToLogin(await session.GetAsync("/admin/content"));
    }

    [Fact]
    public async Task SavedCookie_LosesTheRemovedRole_WhenRolesChange()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        var user = await factory.CreateUserAsync("s-roles", Roles.Editor);
        using var session = Sessions.ClientWithCookie(factory, await Sessions.LoginCookieAsync(factory, "s-roles"));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/audit")).StatusCode);
        using var admin = await factory.LoginAsync("admin");
        var unitA = await UnitIdAsync(factory, AdminTestData.UnitA);

        var saved = await admin.PostFormAsync($"/admin/users/{user.Id}", new()
        {
            ["Input.DisplayName"] = "s-roles",
            ["Input.Roles"] = Roles.Contributor,
            ["Input.UnitId"] = unitA.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/admin/users/{user.Id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        factory.Clock.Advance(PastTheCheck);

        var audit = await session.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, audit.StatusCode);
        Assert.Contains(audit.Headers.Location!.AbsolutePath, (string[])["/admin/login", "/admin/denied"]);
    }

    [Fact]
    public async Task ApiToken_KeepsWorking_WhenWrongPasswordsLockTheLogin()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("s-token", Roles.Editor);
        using var api = await factory.ApiClientAsync("s-token");
        using var stranger = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 6; i++)
        {
            await stranger.PostFormAsync("/admin/login", new() { ["Input.UserName"] = "s-token", ["Input.Password"] = "Sai12345xyz" });
        }

        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("s-token"))!), "The wrong passwords did not lock the login.");
        }

        var created = await api.PostAsync("/api/content", AdminTestData.Json(AdminTestData.HotlineJson("Vẫn gửi được qua API", AdminTestData.UnitA)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task ApiToken_IsRefused_WhenAnAdministratorLocksTheAccount()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        var user = await factory.CreateUserAsync("s-locked-token", Roles.Editor);
        using var api = await factory.ApiClientAsync("s-locked-token");
        var draft = await factory.CreateHotlineAsync("Bản nháp", AdminTestData.UnitA);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/content/{draft}/versions")).StatusCode);
        using var admin = await factory.LoginAsync("admin");

        await admin.PostFormAsync($"/admin/users/{user.Id}?handler=Lock", [], $"/admin/users/{user.Id}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync($"/api/content/{draft}/versions")).StatusCode);
    }

    private static void AssertSentToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login", response.Headers.Location!.AbsolutePath);
    }

    private static async Task<int> UnitIdAsync(ParPortalFactory factory, string code)
    {
        await using var scope = factory.Scope();
        return factory.Db(scope).Units.Single(u => u.Code == code).Id;
    }
}
