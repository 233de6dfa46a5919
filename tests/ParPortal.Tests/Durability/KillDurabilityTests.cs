using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ParPortal.Tests.Durability;

/// <summary>
/// The site in a process of its own, under concurrent API writes, killed with SIGKILL: every write it acknowledged is
/// in the database afterwards, and on SQLite the file passes PRAGMA integrity_check.
/// </summary>
public sealed class KillDurabilityTests(ITestOutputHelper output)
{
    private const int Writers = 8;

    private static readonly TimeSpan WriteFor = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task AcknowledgedWrites_SurviveAKill9_UnderConcurrentApiWrites()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("k-writer", Roles.Editor);
        string token;
        await using (var scope = factory.Scope())
        {
            var user = await factory.Db(scope).Users.SingleAsync(u => u.UserName == "k-writer");
            (_, token) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "ghi liên tục", null);
        }

        var started = Stopwatch.StartNew();
        var port = FreePort();
        using var site = StartSite(factory, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await WaitForHealthAsync(http, site);

        // One write first: the process compiles its write path on the first call, which can take seconds on a busy machine.
        var warm = await http.PostAsync("/api/content", AdminTestData.Json(AdminTestData.HotlineJson("Khởi động", AdminTestData.UnitA)));
        Assert.Equal(HttpStatusCode.Created, warm.StatusCode);
        var acknowledged = new ConcurrentBag<Guid>();
        var refused = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    using var response = await http.PostAsync("/api/content", AdminTestData.Json(AdminTestData.HotlineJson($"Ghi {w}-{i}", AdminTestData.UnitA)), stop.Token);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync(stop.Token)).RootElement.GetProperty("id").GetGuid());
                    }
                    else
                    {
                        refused.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(stop.Token)}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                {
                    // The process is gone or going: an unanswered write was never acknowledged.
                }
            }
        })).ToArray();

        // Killed mid-stream, once enough writes were answered for the check to mean something.
        var writing = Stopwatch.StartNew();
        while (writing.Elapsed < WriteFor || (acknowledged.Count < 100 && writing.Elapsed < TimeSpan.FromSeconds(15)))
        {
            await Task.Delay(50);
        }

        site.Kill(entireProcessTree: true);
        output.WriteLine($"Killed after {writing.Elapsed.TotalSeconds:0.0} s of writes by {Writers} writers ({started.Elapsed.TotalSeconds:0.0} s with start-up), {acknowledged.Count} writes acknowledged.");
        await site.WaitForExitAsync();
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.True(acknowledged.Count > 10, $"Only {acknowledged.Count} writes were acknowledged before the kill; refused: {refused.FirstOrDefault()}");
        await using (var scope = factory.Scope())
        {
            var ids = acknowledged.ToList();
            var stored = await factory.Db(scope).ContentVersions.Where(v => ids.Contains(v.ContentItemId) && v.IsLatest).Select(v => v.ContentItemId).ToListAsync();
            Assert.Equal(ids.Count, stored.Distinct().Count());
        }

        if (factory.PostgresConnectionString is null)
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataFolder, "parportal.db")};Pooling=False");
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        }
    }

    /// <summary>ParPortal.Web.dll (copied next to the tests) on the factory's database, as the host runs in production.</summary>
    private static Process StartSite(ParPortalFactory factory, int port)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ParPortal.Web.dll")])
        {
            WorkingDirectory = Path.Combine(RepoRoot(), "src", "ParPortal.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var env = info.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Testing";
        env["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        env["ParPortal__Database__Provider"] = factory.PostgresConnectionString is null ? "Sqlite" : "Postgres";
        env["ParPortal__Database__ConnectionString"] = factory.PostgresConnectionString ?? string.Empty;
        env["ParPortal__Database__DataFolder"] = factory.DataFolder;
        env["ParPortal__Setup__AdminPassword"] = ParPortalFactory.AdminPassword;
        env["ParPortal__Setup__Recipes__0"] = "setup.json";
        env["ParPortal__Scheduling__Enabled"] = "false";
        env["ParPortal__Media__RootPath"] = Path.Combine(factory.DataFolder, "media");
        // The writers are one client on purpose; the limiter is not what this measures.
        env["ParPortal__RateLimits__Enabled"] = "false";
        env["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start ParPortal.Web.dll.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForHealthAsync(HttpClient http, Process site)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(45))
        {
            Assert.False(site.HasExited, $"The site exited with {(site.HasExited ? site.ExitCode : 0)} while starting.");
            try
            {
                if ((await http.GetAsync("health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The site did not answer /health within 45 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
