using System.Net;
using Microsoft.AspNetCore.Hosting;
using ParPortal.Features.Feedback;
using ParPortal.Features.Users;
using ParPortal.Hosting.Security;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security;

/// <summary>
/// Each rate limit answers a client over its allowance with 429 and Retry-After (a ProblemDetails for the API, the
/// Vietnamese error page for pages), and counts each client on its own.
/// </summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Api_Answers429WithRetryAfter_WhenATokenGoesOverItsAllowance()
    {
        using var factory = new LimitedFactory(("Api:PermitLimit", "3"));
        await factory.CreateUserAsync("rl-api", Roles.Editor);
        await factory.CreateUserAsync("rl-api-2", Roles.Editor);
        using var api = await factory.ApiClientAsync("rl-api");
        using var other = await factory.ApiClientAsync("rl-api-2");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await api.GetAsync("/api/topics"));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var refused = answers[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After.");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Quá nhiều yêu cầu", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/topics")).StatusCode);
    }

    [Fact]
    public async Task Login_Answers429WithAPage_WhenOneAddressTriesTooManyPasswords()
    {
        using var factory = new LimitedFactory(("Login:PermitLimit", "2"));
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync("/admin/login", new() { ["Input.UserName"] = "ai-do", ["Input.Password"] = "Sai12345xyz" })).StatusCode);
        }

        var refused = await client.PostFormAsync("/admin/login", new() { ["Input.UserName"] = "ai-do", ["Input.Password"] = "Sai12345xyz" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("Quá nhiều yêu cầu", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/login")).StatusCode);
    }

    [Fact]
    public async Task Search_Answers429_OnThePageAndTheApi_WhenOneAddressSearchesTooOften()
    {
        using var factory = new LimitedFactory(("Search:PermitLimit", "2"));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tim-kiem?q=thu+tuc")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=thu+tuc")).StatusCode);
        var page = await client.GetAsync("/tim-kiem?q=dat+dai");
        var api = await client.GetAsync("/api/search/suggest?q=dat");

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter);
    }

    [Fact]
    public async Task TokenCreation_Answers429_WhenAUserMakesTooManyTokens()
    {
        using var factory = new LimitedFactory(("TokenCreation:PermitLimit", "2"));
        await factory.CreateUserAsync("rl-tokens", Roles.Editor);
        using var admin = await factory.LoginAsync("rl-tokens");

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostFormAsync("/admin/tokens?handler=Create", new() { ["name"] = $"Máy {i}" }, "/admin/tokens")).StatusCode);
        }

        var refused = await admin.PostFormAsync("/admin/tokens?handler=Create", new() { ["name"] = "Máy thừa" }, "/admin/tokens");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        await using var scope = factory.Scope();
        Assert.Equal(2, factory.Db(scope).ApiTokens.Count(t => t.User!.UserName == "rl-tokens"));
    }

    [Fact]
    public async Task FeedbackForm_Answers429WithRetryAfterAndAPage_WhenOneAddressPostsTooOften()
    {
        using var factory = new ParPortalFactory();
        factory.ExtraSettings["ParPortal:Feedback:SubmissionsPerWindow"] = "2";
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        // The limiter counts posts before anything reads them: even empty ones use up the allowance.
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.PostAsync(FeedbackUrls.Submit, new FormUrlEncodedContent([])));
        }

        Assert.All(answers.Take(2), a => Assert.NotEqual(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2].StatusCode);
        Assert.NotNull(answers[2].Headers.RetryAfter);
        Assert.Contains("Quá nhiều yêu cầu", await answers[2].Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(FeedbackUrls.Submit)).StatusCode);
    }

    [Fact]
    public async Task Api_CountsEveryApiRoute_WhenAFeatureMapsItsOwnGroup()
    {
        using var factory = new LimitedFactory(("Api:PermitLimit", "2"));
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("rl-groups", Roles.Editor);
        using var api = await factory.ApiClientAsync("rl-groups");

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/content")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/feedback")).StatusCode);
        var refused = await api.GetAsync("/api/feedback");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    /// <summary>The test host with some limits lowered (keys under ParPortal:RateLimits).</summary>
    private sealed class LimitedFactory(params (string Key, string Value)[] limits) : ParPortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in limits)
            {
                builder.UseSetting($"{RateLimitOptions.Section}:{key}", value);
            }
        }
    }
}
