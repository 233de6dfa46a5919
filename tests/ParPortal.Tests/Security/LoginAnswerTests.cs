using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Users;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security;

/// <summary>
/// The login form tells a stranger nothing: an unknown name, a wrong password and a locked account get the same answer,
/// and each costs one password hash, so that the time taken does not tell them apart either.
/// </summary>
public sealed class LoginAnswerTests
{
    [Fact]
    public async Task Login_AnswersTheSameAndHashesOnce_ForUnknownWrongAndLockedAccounts()
    {
        using var root = new ParPortalFactory();
        using var factory = root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<PortalUser>, CountingHasher>()));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var created = await users.CreateAsync(new PortalUser { UserName = "l-real" }, ParPortalFactory.UserPassword);
            Assert.True(created.Succeeded);
            var locked = new PortalUser { UserName = "l-locked" };
            await users.CreateAsync(locked, ParPortalFactory.UserPassword);
            await users.SetLockoutEndDateAsync(locked, DateTimeOffset.UtcNow.AddYears(1));
        }

        var hasher = (CountingHasher)factory.Services.GetRequiredService<IPasswordHasher<PortalUser>>();
        var answers = new Dictionary<string, string>();
        foreach (var (name, password) in ((string, string)[])[("khong-ton-tai", "Sai12345xyz"), ("l-real", "Sai12345xyz"), ("l-locked", ParPortalFactory.UserPassword)])
        {
            using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
            var before = hasher.Verifications;
            var response = await client.PostFormAsync("/admin/login", new() { ["Input.UserName"] = name, ["Input.Password"] = password });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, hasher.Verifications - before);
            answers[name] = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".errors")!.TextContent.Trim();
        }

        Assert.Single(answers.Values.Distinct());
        Assert.Contains("không đúng", answers["l-locked"]);
    }

    /// <summary>The site's hasher, counting how many passwords it checks.</summary>
    private sealed class CountingHasher : IPasswordHasher<PortalUser>
    {
        private readonly PasswordHasher<PortalUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(PortalUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
