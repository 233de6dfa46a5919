using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ParPortal.Features.Media;

namespace ParPortal.Bench;

/// <summary>Times turning a 4000 × 3000 JPEG into every configured WebP and JPEG variant through libvips.</summary>
public sealed class MediaBenchmark : IBenchmark
{
    public string Name => "media";

    public string Description => "process a 4000x3000 JPEG into all image variants (libvips CLI); [runs=5] [no-original-webp]";

    public async Task<int> RunAsync(string[] args)
    {
        var runs = args.Select(a => int.TryParse(a, out var r) ? r : 0).FirstOrDefault(r => r > 0, 5);
        var folder = Path.Combine(Path.GetTempPath(), "parportal-media-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // "no-original-webp" measures the configuration without the full-size WebP.
            var options = new MediaOptions { RootPath = Path.Combine(folder, "media"), OriginalWebp = !args.Contains("no-original-webp") };
            var processor = new ImageProcessor(Options.Create(options), NullLogger<ImageProcessor>.Instance);
            if (!processor.IsAvailable)
            {
                Console.WriteLine(processor.StatusMessage);
                return 1;
            }
            var source = Path.Combine(folder, "source.jpg");
            MakeSource(folder, source);
            var sniffer = new FileTypeSniffer(Options.Create(options), Options.Create(new ParPortal.Features.Office.OfficePackageLimits()));
            SniffResult sniff;
            await using (var fs = File.OpenRead(source))
            {
                sniff = sniffer.Sniff(fs);
            }
            Console.WriteLine($"source: {sniff.Width}x{sniff.Height} JPEG, {new FileInfo(source).Length / 1024} KB; widths {string.Join(", ", options.EffectiveWidths)} in WebP and JPEG + full-size JPEG{(options.OriginalWebp ? " and WebP" : "")}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

            var times = new List<double>();
            for (var i = 0; i <= runs; i++)
            {
                var output = Path.Combine(folder, "out" + i);
                var watch = Stopwatch.StartNew();
                var result = await processor.ProcessAsync(source, sniff, output, "bench/" + i);
                watch.Stop();
                // The first run warms the page cache and the tool binaries; it is reported but not counted.
                Console.WriteLine($"run {i}{(i == 0 ? " (warm-up)" : "")}: {watch.Elapsed.TotalMilliseconds:0} ms, {result.Variants.Count} files, {result.Variants.Sum(v => v.Bytes) / 1024} KB");
                if (i > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            times.Sort();
            Console.WriteLine($"median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms over {runs} runs");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // A smooth gradient plus noise is closer to a photo than pure noise, whose JPEG would be unrealistically large.
    private static void MakeSource(string folder, string output)
    {
        Run("vips", "xyz", Path.Combine(folder, "xyz.v"), "4000", "3000");
        Run("vips", "extract_band", Path.Combine(folder, "xyz.v"), Path.Combine(folder, "x.v"), "0");
        Run("vips", "gaussnoise", Path.Combine(folder, "n.v"), "4000", "3000", "--mean", "0", "--sigma", "12");
        Run("vips", "linear", Path.Combine(folder, "x.v"), Path.Combine(folder, "g.v"), "0.06", "8");
        Run("vips", "add", Path.Combine(folder, "g.v"), Path.Combine(folder, "n.v"), Path.Combine(folder, "s.v"));
        Run("vips", "cast", Path.Combine(folder, "s.v"), Path.Combine(folder, "c.v"), "uchar");
        var c = Path.Combine(folder, "c.v");
        Run("vips", "bandjoin", $"{c} {c} {c}", output + "[Q=90,strip]");
    }

    private static void Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {args[0]} failed: {error}");
        }
    }
}
