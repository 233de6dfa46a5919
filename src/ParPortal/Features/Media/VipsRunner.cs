using System.Diagnostics;

namespace ParPortal.Features.Media;

/// <summary>Result of one vips tool run.</summary>
internal readonly record struct VipsRun(int ExitCode, string StdOut, string StdErr);

/// <summary>
/// Runs the libvips command-line tools. Arguments go through <see cref="ProcessStartInfo.ArgumentList"/> with no shell,
/// and every path is one we generated, so nothing the user typed reaches a command line.
/// </summary>
internal sealed class VipsRunner(string toolsPath, TimeSpan timeout)
{
    /// <summary>Full path of a tool, or null when it is not installed.</summary>
    public string? Locate(string tool)
    {
        IEnumerable<string> folders = string.IsNullOrWhiteSpace(toolsPath)
            ? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            : [toolsPath];
        return folders.Select(f => Path.Combine(f, tool)).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs a tool; <paramref name="untrustedInput"/> blocks libvips' untrusted loaders for that run.</summary>
    public async Task<VipsRun> RunAsync(string tool, IReadOnlyList<string> args, CancellationToken ct, bool untrustedInput = false)
    {
        var exe = Locate(tool) ?? throw new InvalidOperationException($"{tool} was not found.");
        var psi = new ProcessStartInfo(exe)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        // For the user's file, refuse libvips loaders marked untrusted (ImageMagick, Matlab, FITS…) even though the
        // sniffer only lets JPEG, PNG, GIF and WebP through: libvips picks its loader from the bytes, and a second
        // guard is cheap. Our own intermediate .v file needs the vips loader, which is itself marked untrusted.
        if (untrustedInput)
        {
            psi.Environment["VIPS_BLOCK_UNTRUSTED"] = "1";
        }
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"{tool} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new TimeoutException($"{tool} took longer than {timeout.TotalSeconds:0} s and was stopped.");
        }
        return new VipsRun(process.ExitCode, await stdout, await stderr);
    }
}
