using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NetVips;
using ParPortal.Features.Media;

namespace ParPortal.Bench;

/// <summary>Times turning a 4000 × 3000 JPEG into every configured WebP and JPEG variant with libvips in process.</summary>
public sealed class MediaBenchmark : IBenchmark
{
    public string Name => "media";

    public string Description => "process a 4000x3000 JPEG into all image variants (libvips via NetVips); [runs=5] [original-webp]";

    public async Task<int> RunAsync(string[] args)
    {
        var runs = args.Select(a => int.TryParse(a, out var r) ? r : 0).FirstOrDefault(r => r > 0, 5);
        var folder = Path.Combine(Path.GetTempPath(), "parportal-media-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // The default configuration (no full-size WebP) unless "original-webp" asks for it.
            var options = new MediaOptions { RootPath = Path.Combine(folder, "media"), OriginalWebp = args.Contains("original-webp") };
            var processor = new ImageProcessor(Options.Create(options), NullLogger<ImageProcessor>.Instance);
            if (!processor.IsAvailable)
            {
                Console.WriteLine(processor.StatusMessage);
                return 1;
            }

            var source = Path.Combine(folder, "source.jpg");
            MakeSource(source);
            SniffResult sniff;
            await using (var fs = File.OpenRead(source))
            {
                sniff = new FileTypeSniffer(Options.Create(new ParPortal.Features.Office.OfficePackageLimits())).Sniff(fs);
            }

            Console.WriteLine($"source: 4000x3000 JPEG, {new FileInfo(source).Length / 1024} KB; libvips {NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}; widths {string.Join(", ", options.EffectiveWidths)} in WebP and JPEG + full-size JPEG{(options.OriginalWebp ? " and WebP" : "")}; {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            var configured = await MeasureAsync(processor, source, sniff, folder, $"configured (WebP effort {options.WebpEffort})", runs);
            // Baseline in the same run: libvips' own default WebP effort, everything else equal.
            var baselineOptions = new MediaOptions { RootPath = options.RootPath, OriginalWebp = options.OriginalWebp, WebpEffort = 4 };
            var baseline = await MeasureAsync(new ImageProcessor(Options.Create(baselineOptions), NullLogger<ImageProcessor>.Instance),
                source, sniff, folder, "baseline (WebP effort 4, libvips' default)", runs);
            Console.WriteLine($"configured median {configured:0} ms = {configured / baseline:0.00} x the baseline ({baseline:0} ms); target <= 400 ms");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs the processor <paramref name="runs"/> times after a warm-up; returns the median wall time.</summary>
    private static async Task<double> MeasureAsync(ImageProcessor processor, string source, SniffResult sniff, string folder, string label, int runs)
    {
        Console.WriteLine(label + ":");
        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var output = Path.Combine(folder, "out-" + Guid.NewGuid().ToString("N"));
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = await processor.ProcessAsync(source, sniff, output, "bench/" + i);
            watch.Stop();
            process.Refresh();
            // The first run loads libvips' code and warms the page cache; it is reported but not counted.
            Console.WriteLine($"  run {i}{(i == 0 ? " (warm-up)" : "")}: {watch.Elapsed.TotalMilliseconds:0} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU, {result.Variants.Count} files, {result.Variants.Sum(v => v.Bytes) / 1024} KB ({string.Join(", ", result.Variants.Select(v => $"{v.Name} {v.Bytes / 1024}"))})");
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            Directory.Delete(output, recursive: true);
        }

        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"  median {median:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms over {runs} runs");
        return median;
    }

    // A smooth gradient plus noise is closer to a photo than pure noise, whose JPEG would be unrealistically large.
    private static void MakeSource(string output)
    {
        using var xyz = Image.Xyz(4000, 3000);
        using var x = xyz[0];
        using var noise = Image.Gaussnoise(4000, 3000, mean: 0, sigma: 12);
        using var gradient = x * 0.06 + 8;
        using var sum = gradient + noise;
        using var grey = sum.Cast(Enums.BandFormat.Uchar);
        using var rgb = grey.Bandjoin(grey, grey);
        rgb.Jpegsave(output, q: 90, keep: Enums.ForeignKeep.None);
    }
}
