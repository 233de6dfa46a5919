using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPortal.Content;
using ParPortal.Features.Content;
using ParPortal.Features.Media;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security.BadInput;

/// <summary>What a bad input must get: refused (4xx, or the form shown again with its errors), accepted, or either.</summary>
public enum Expect
{
    Refused,
    Accepted,
    Either,
}

/// <summary>
/// Sends bad inputs one by one and checks each answer: never a 5xx, never an exception, the expected outcome, and a
/// refused input leaves the database and the media folder exactly as they were (no partial save). Accepted inputs
/// must have stored only clean values (<see cref="AssertStoredContentIsCleanAsync"/>).
/// </summary>
public sealed class BadInputHarness(ParPortalFactory factory, Xunit.Abstractions.ITestOutputHelper? output = null)
{
    private readonly List<string> _failures = [];

    public int Count { get; private set; }

    public async Task CheckAsync(string name, Func<Task<HttpResponseMessage>> send, Expect expect = Expect.Either, bool isForm = false)
    {
        var before = await SnapshotAsync();
        HttpResponseMessage response;
        try
        {
            response = await send();
        }
        catch (Exception e)
        {
            _failures.Add($"{name}: threw {e.GetType().Name}: {e.Message}");
            return;
        }

        Count++;
        var status = (int)response.StatusCode;
        var refused = status >= 400 || (isForm && status == 200);
        if (status >= 500)
        {
            _failures.Add($"{name}: answered {status} {await BodyAsync(response)}");
            return;
        }

        if (expect == Expect.Refused && !refused)
        {
            _failures.Add($"{name}: expected a refusal, got {status} {response.Headers.Location}");
        }
        else if (expect == Expect.Accepted && refused)
        {
            _failures.Add($"{name}: expected it accepted, got {status} {await BodyAsync(response)}");
        }

        if (refused && await SnapshotAsync() is var after && after != before)
        {
            _failures.Add($"{name}: refused with {status} but the data changed:\n  before {before}\n  after  {after}");
        }
    }

    /// <summary>For inputs that do not go through HTTP (recipes): the action must fail cleanly or succeed, never half-save.</summary>
    public async Task CheckAsync(string name, Func<Task> act, Func<Exception, bool> isCleanRefusal, Expect expect = Expect.Refused)
    {
        var before = await SnapshotAsync();
        Count++;
        try
        {
            await act();
            if (expect == Expect.Refused)
            {
                _failures.Add($"{name}: expected a refusal, but it was accepted");
            }
        }
        catch (Exception e) when (isCleanRefusal(e))
        {
            if (expect == Expect.Accepted)
            {
                _failures.Add($"{name}: expected it accepted, got {e.Message}");
            }

            if (await SnapshotAsync() is var after && after != before)
            {
                _failures.Add($"{name}: refused but the data changed:\n  before {before}\n  after  {after}");
            }
        }
        catch (Exception e)
        {
            _failures.Add($"{name}: failed with {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Every version stored holds only clean text, defined enums and sane dates (the rules every save obeys).</summary>
    public async Task AssertStoredContentIsCleanAsync()
    {
        await using var scope = factory.Scope();
        foreach (var version in await factory.Db(scope).ContentVersions.AsNoTracking().ToListAsync())
        {
            var errors = new FieldErrors();
            VersionFieldRules.Check(version, errors);
            if (errors.Any)
            {
                _failures.Add($"stored version {version.Id} ({version.Title}) breaks the field rules");
            }
        }
    }

    public void AssertNoFailures(int atLeast)
    {
        output?.WriteLine($"{Count} bad inputs sent, {_failures.Count} mishandled.");
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {Count} bad inputs were mishandled:\n" + string.Join("\n", _failures));
        Assert.True(Count >= atLeast, $"Only {Count} inputs were sent; the family needs at least {atLeast}.");
    }

    private async Task<string> SnapshotAsync()
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var settings = await db.SiteSettings.AsNoTracking().Select(s => new { s.SiteName, s.AgencyName, s.AgencyAddress, s.AgencyPhone, s.AgencyEmail, s.LogoUrl }).FirstOrDefaultAsync();
        var media = scope.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.RootPath;
        var files = Directory.Exists(media) ? Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Count() : 0;
        return string.Join(" ",
            $"items={await db.ContentItems.CountAsync()}",
            $"versions={await db.ContentVersions.CountAsync()}",
            $"latest={await db.ContentItems.SumAsync(i => i.LatestVersionNumber)}",
            $"scheduled={await db.ContentItems.CountAsync(i => i.ScheduledPublishUtc != null || i.ScheduledUnpublishUtc != null)}",
            $"audit={await db.AuditLog.CountAsync()}",
            $"topics={await db.Topics.CountAsync()}/{await db.Topics.CountAsync(t => t.MergedIntoId != null)}",
            $"units={await db.Units.CountAsync()}",
            $"media={await db.MediaFiles.CountAsync()}",
            $"files={files}",
            $"tokens={await db.ApiTokens.CountAsync()}",
            $"users={await db.Users.CountAsync()}",
            $"links={await db.TaskLinks.CountAsync()}",
            $"settings={settings}");
    }

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 300 ? body[..300] : body;
    }
}
