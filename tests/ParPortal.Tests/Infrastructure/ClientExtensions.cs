using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Users;

namespace ParPortal.Tests.Infrastructure;

/// <summary>Helpers to act as a user: through the login form (cookie + antiforgery) or with an API token.</summary>
public static class ClientExtensions
{
    public static readonly JsonSerializerOptions Json = ParPortal.Json.PortalJson.Options;

    /// <summary>Creates a user with a role (and unit) directly, returning the user name.</summary>
    public static async Task<PortalUser> CreateUserAsync(this ParPortalFactory factory, string userName, string role, string? unitCode = null)
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = factory.Db(scope);
        var unitId = unitCode is null ? null : db.Units.Single(u => u.Code == unitCode).Id as int?;
        var user = new PortalUser { UserName = userName, DisplayName = userName, UnitId = unitId };
        var created = await users.CreateAsync(user, ParPortalFactory.UserPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    /// <summary>An HTTP client that carries an API token of the given user.</summary>
    public static async Task<HttpClient> ApiClientAsync(this ParPortalFactory factory, string userName)
    {
        await using var scope = factory.Scope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName);
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user!.Id, "test", null);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>A client logged in through the real login form (antiforgery token included).</summary>
    public static async Task<HttpClient> LoginAsync(this ParPortalFactory factory, string userName, string? password = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/admin/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password ?? (userName == "admin" ? ParPortalFactory.AdminPassword : ParPortalFactory.UserPassword),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Gets a page, reads its antiforgery token, and posts the form fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formUrl = null)
    {
        var page = await client.GetAsync(formUrl ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var doc = new HtmlParser().ParseDocument(html);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), $"No antiforgery token on {formUrl ?? url} (status {(int)page.StatusCode}).");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token! };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;
}
