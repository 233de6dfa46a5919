using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ParPortal.Bench;

/// <summary>Runs wrk (Debian package <c>wrk</c>) and reads requests/s and the p50/p99 latencies from its output.</summary>
internal static partial class PagesWrk
{
    public sealed record Result(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, int Errors);

    public static bool IsInstalled() => File.Exists("/usr/bin/wrk") || File.Exists("/usr/local/bin/wrk");

    public static async Task<Result> RunAsync(Uri url, int threads, int connections, int seconds)
    {
        var psi = new ProcessStartInfo("wrk", ["-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", "5s", "--latency", url.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        // Bounded: wrk stops itself after -d; the extra time covers start-up and the summary.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 30));
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {error}{output}");
        }

        var errors = Socket().Matches(output).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            + (Non2xx().Match(output) is { Success: true } n ? int.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
        return new Result(
            double.Parse(Rps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Latency(output, "50%"),
            Latency(output, "99%"),
            long.Parse(Total().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            errors);
    }

    private static double Latency(string output, string percentile)
    {
        var m = Regex.Match(output, @"^\s*" + Regex.Escape(percentile) + @"\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!m.Success)
        {
            throw new InvalidOperationException("No " + percentile + " latency in wrk output:\n" + output);
        }

        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rps();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Total();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex Socket();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();
}
