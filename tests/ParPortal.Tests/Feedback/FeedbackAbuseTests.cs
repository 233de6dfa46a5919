using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Feedback;
using ParPortal.Features.Feedback.Intake;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Feedback;

/// <summary>A script flooding the form: the rate limit answers 429 and the moderation queue gets no more than the limit.</summary>
public sealed class FeedbackAbuseTests : IDisposable
{
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ThousandSubmissionsInAMinute_Get429_AndAddOnlyTheLimitToTheQueue()
    {
        var client = _factory.Browser();
        var doc = new HtmlParser().ParseDocument(await client.GetStringAsync(FeedbackUrls.Submit));
        var antiforgery = doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var challenges = _factory.Services.GetRequiredService<FeedbackChallenge>();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var watch = Stopwatch.StartNew();

        // One client (one address, one cookie jar) with a few requests in flight, as a script would send them.
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            // Every post is valid on its own (a fresh, correctly answered check question each time), so only the rate
            // limit stands between this script and a thousand questions.
            var challenge = challenges.Issue();
            var fields = FeedbackTestData.Fields($"Câu hỏi tự động số {i}");
            fields["__RequestVerificationToken"] = antiforgery;
            fields["Form.ChallengeToken"] = challenge.Token;
            fields["Form.ChallengeAnswer"] = FeedbackTestData.Solve(challenge.Question);
            statuses.Add((await client.PostAsync(FeedbackUrls.Submit, new FormUrlEncodedContent(fields), ct)).StatusCode);
        });

        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"The 1,000 posts took {watch.Elapsed}; the test must send them within a minute.");
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Redirect));
        Assert.Equal(995, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(5, await _factory.QuestionCountAsync());
        // Showing the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(FeedbackUrls.Submit)).StatusCode);
    }
}
