using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security;

/// <summary>Personal API tokens made in the admin, and account lockout on the real login form.</summary>
public sealed class AccountSecurityTests
{
    [Fact]
    public async Task ApiToken_FromTokensPage_AuthenticatesUntilRevoked()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("tok-editor", Roles.Editor);
        var draft = await factory.CreateHotlineAsync("Bản nháp riêng", AdminTestData.UnitA);
        using var admin = await factory.LoginAsync("tok-editor");

        var created = await admin.PostFormAsync("/admin/tokens?handler=Create", new() { ["name"] = "Máy chủ báo cáo", ["expires"] = "2027-06-30" }, "/admin/tokens");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        var secret = new HtmlParser().ParseDocument(await created.Content.ReadAsStringAsync()).GetElementById("token-secret")?.TextContent;
        Assert.StartsWith("pp_", secret);

        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/content/{draft}")).StatusCode);

        // The list shows the token once, by prefix, never its secret.
        var list = await (await admin.GetAsync("/admin/tokens")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret!, list);
        Assert.Contains(secret!.Split('_')[1], list);
        var revoke = new HtmlParser().ParseDocument(list).QuerySelector("form[action*='handler=Revoke']")!.GetAttribute("action")!;
        var revoked = await admin.PostFormAsync(revoke, [], "/admin/tokens");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsync("/api/content", AdminTestData.Json(AdminTestData.HotlineJson("Sau khi thu hồi", AdminTestData.UnitA)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/content/{draft}")).StatusCode);
    }

    [Fact]
    public async Task TokensPage_RefusesToRevoke_WhenTheTokenIsSomeoneElses()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("tok-owner", Roles.Editor);
        await factory.CreateUserAsync("tok-other", Roles.Contributor, AdminTestData.UnitA);
        using var owner = await factory.ApiClientAsync("tok-owner");
        int tokenId;
        await using (var scope = factory.Scope())
        {
            tokenId = factory.Db(scope).ApiTokens.Single(t => t.User!.UserName == "tok-owner").Id;
        }

        using var other = await factory.LoginAsync("tok-other");
        var page = await (await other.GetAsync("/admin/tokens")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("tok-owner", page);
        var response = await other.PostFormAsync($"/admin/tokens?handler=Revoke&id={tokenId}", [], "/admin/tokens");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/content/" + await factory.CreateHotlineAsync("Vẫn đọc được", AdminTestData.UnitA))).StatusCode);
    }

    [Fact]
    public async Task Login_LocksTheAccount_AfterFiveWrongPasswords()
    {
        using var factory = new ParPortalFactory();
        await factory.CreateUserAsync("lock-me", Roles.Editor);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/admin/login", new() { ["Input.UserName"] = "lock-me", ["Input.Password"] = "Sai12345xyz" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await client.PostFormAsync("/admin/login", new() { ["Input.UserName"] = "lock-me", ["Input.Password"] = ParPortalFactory.UserPassword });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/content")).StatusCode);
    }
}
