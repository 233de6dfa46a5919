using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ParPortal.Bench;

/// <summary>
/// The site as it runs in production: <c>ParPortal.Web.dll</c> in its own process (Release build, its own
/// runtimeconfig, so workstation GC as shipped), Production environment, Kestrel on a loopback port, over a data
/// folder the benchmark has already filled. Its web root is the ceiling folder, so the host's own static-file
/// middleware serves the saved copies of the pages: the ceiling is the same process, the same Kestrel, the same
/// pipeline up to static files. Measuring a separate process keeps the data generator and the benchmark's own
/// allocations out of the memory figure.
/// </summary>
internal sealed class PagesServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PagesServerProcess(Process process, Uri baseAddress) => (_process, BaseAddress) = (process, baseAddress);

    public Uri BaseAddress { get; }

    public int Pid => _process.Id;

    /// <summary>Starts the host and waits until <c>/health</c> answers (at most a minute).</summary>
    public static async Task<PagesServerProcess> StartAsync(string dataFolder, string webRoot, string adminPassword)
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var web = Path.Combine(AppContext.BaseDirectory, "ParPortal.Web.dll");
        var psi = new ProcessStartInfo("dotnet", [web])
        {
            // The content root is the host's project folder, as `dotnet run` would have it (appsettings.json).
            WorkingDirectory = Path.Combine(PagesHost.RepoRoot(), "src", "ParPortal.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var env = psi.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        env["ASPNETCORE_WEBROOT"] = webRoot;
        foreach (var (key, value) in PagesHost.Settings(dataFolder, adminPassword))
        {
            env[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("dotnet could not start ParPortal.Web.dll");
        // Drained so a chatty host never blocks on a full pipe; warnings are shown, they matter under load.
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PagesServerProcess(process, baseAddress);
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"ParPortal.Web exited with code {process.ExitCode} during start-up.");
            }

            try
            {
                if ((await http.GetAsync("health")).StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        await server.DisposeAsync();
        throw new TimeoutException("ParPortal.Web did not answer /health within a minute.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Echo(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            Console.Error.WriteLine("  [host] " + line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
