using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Data;
using ParPortal.Features.Articles;
using ParPortal.Features.Content;
using ParPortal.Features.Users;

namespace ParPortal.Bench;

/// <summary>
/// The editors of the mixed run: each is an Editor with a personal API token and an article of their own, and writes
/// through the JSON API as the admin's editor would: a draft save (PUT) every <c>saveEvery</c>, and a publish (POST)
/// after every <c>publishEvery</c>-th save.
/// </summary>
internal static class PagesEditors
{
    public sealed record Editor(string Token, Guid ItemId, string TopicSlug);

    /// <summary>What the editors did during a run, and how long their writes took.</summary>
    public sealed record Result(int Saves, int Publishes, int Errors, double P50Ms, double P99Ms, TimeSpan Elapsed)
    {
        public double WritesPerSecond => (Saves + Publishes) / Elapsed.TotalSeconds;
    }

    public static async Task<IReadOnlyList<Editor>> SeedAsync(IServiceProvider services, int count, string password, string? run = null)
    {
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var tokens = services.GetRequiredService<ApiTokenService>();
        var content = services.GetRequiredService<ContentManager>();
        var topic = await services.GetRequiredService<ParPortalDbContext>().Topics.OrderBy(t => t.Id).FirstAsync();
        var editors = new List<Editor>();
        for (var k = 1; k <= count; k++)
        {
            var user = new PortalUser { UserName = run is null ? $"bench-editor-{k}" : $"bench-editor-{run}-{k}", DisplayName = $"Biên tập viên {k}", CreatedUtc = DateTime.UtcNow, EmailConfirmed = true };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, Roles.Editor));
            var (_, secret) = await tokens.CreateAsync(user.Id, "bench", null);
            var item = await content.CreateAsync(
                new ArticleVersion { Title = $"Bài của biên tập viên {k}", Summary = "Bài đang được sửa", Body = "<p>Bản đầu.</p>", Topics = [topic] },
                run is null ? $"bai-cua-bien-tap-vien-{k}" : $"bai-cua-bien-tap-vien-{run}-{k}", user.UserName);
            await content.PublishAsync(item.Id, user.UserName);
            editors.Add(new Editor(secret, item.Id, topic.Slug));
        }

        return editors;
    }

    /// <summary>Runs every editor until <paramref name="stop"/>; their first writes are spread over one period.</summary>
    public static async Task<Result> RunAsync(Uri baseAddress, IReadOnlyList<Editor> editors, TimeSpan saveEvery, int publishEvery, CancellationToken stop)
    {
        var latencies = new List<double>();
        int saves = 0, publishes = 0, errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(editors.Select(async (editor, k) =>
        {
            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", editor.Token);
            var version = await LatestVersionAsync(http, editor.ItemId);
            try
            {
                await Task.Delay(saveEvery * k / editors.Count, stop);
                using var timer = new PeriodicTimer(saveEvery);
                for (var n = 1; !stop.IsCancellationRequested; n++)
                {
                    var body = JsonSerializer.Serialize(new
                    {
                        baseVersion = version,
                        content = new { type = "Article", title = $"Bài của biên tập viên {k + 1}, lần sửa {n}", summary = "Bài đang được sửa", body = $"<p>Lần sửa {n}.</p>", topics = new[] { editor.TopicSlug } },
                    });
                    var (ok, json) = await TimedAsync(() => http.PutAsync($"api/content/{editor.ItemId}", new StringContent(body, Encoding.UTF8, "application/json")));
                    if (ok)
                    {
                        Interlocked.Increment(ref saves);
                        version = JsonDocument.Parse(json).RootElement.GetProperty("latestVersion").GetInt32();
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                        version = await LatestVersionAsync(http, editor.ItemId);
                    }

                    if (ok && n % publishEvery == 0)
                    {
                        var (published, _) = await TimedAsync(() => http.PostAsync($"api/content/{editor.ItemId}/publish", null));
                        if (published)
                        {
                            Interlocked.Increment(ref publishes);
                        }
                        else
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }

                    await timer.WaitForNextTickAsync(stop);
                }
            }
            catch (OperationCanceledException)
            {
                // The run is over.
            }
        }));

        double[] sorted;
        lock (latencies)
        {
            sorted = [.. latencies.Order()];
        }

        return new Result(saves, publishes, errors, Percentile(sorted, 0.5), Percentile(sorted, 0.99), clock.Elapsed);

        async Task<(bool Ok, string Body)> TimedAsync(Func<Task<HttpResponseMessage>> send)
        {
            var sw = Stopwatch.StartNew();
            try
            {
                using var response = await send();
                var text = await response.Content.ReadAsStringAsync(CancellationToken.None);
                lock (latencies)
                {
                    latencies.Add(sw.Elapsed.TotalMilliseconds);
                }

                return (response.IsSuccessStatusCode, text);
            }
            catch (HttpRequestException)
            {
                return (false, string.Empty);
            }
        }
    }

    private static async Task<int> LatestVersionAsync(HttpClient http, Guid id)
    {
        var json = await http.GetStringAsync($"api/content/{id}");
        return JsonDocument.Parse(json).RootElement.GetProperty("latestVersion").GetInt32();
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>
    /// The editors write for a few seconds first, unmeasured: the first saves and publishes compile the write path (API,
    /// content manager, indexer) while readers wait, and the first mixed run showed that, not load. Then the editors
    /// alone, at the mixed runs' rate, twice: the host's CPU per write explains the mixed ratios and, unlike
    /// throughput, holds on a machine shared with other work. The first run still compiles the write path (tier-0 code,
    /// Lucene's first merges); the second is the steady state.
    /// </summary>
    public static async Task RunAloneAsync(Uri baseAddress, int hostPid, IReadOnlyList<Editor> editors, TimeSpan saveEvery, int publishEvery, int seconds)
    {
        using (var warmUp = new CancellationTokenSource(TimeSpan.FromSeconds(4)))
        {
            await RunAsync(baseAddress, editors, saveEvery / 4, publishEvery, warmUp.Token);
        }
        foreach (var run in new[] { "first", "again" })
        {
            var cpuBefore = HostCpuMs(hostPid);
            using var alone = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var written = await RunAsync(baseAddress, editors, saveEvery, publishEvery, alone.Token);
            var cpu = HostCpuMs(hostPid) - cpuBefore;
            Console.WriteLine($"{"editors",-11} {run,-8} {written.WritesPerSecond,10:N1} {written.P50Ms,8:0.00} {written.P99Ms,8:0.00} {written.Errors,7}   "
                + $"alone: host CPU {cpu / Math.Max(1, written.Saves + written.Publishes):0.0} ms per write, {cpu / written.Elapsed.TotalMilliseconds:P1} of one core");
        }
    }

    private static double HostCpuMs(int pid)
    {
        using var process = System.Diagnostics.Process.GetProcessById(pid);
        return process.TotalProcessorTime.TotalMilliseconds;
    }
}
