using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ParPortal.Features.Media;

/// <summary>The files produced from one uploaded image.</summary>
/// <remarks>Width: Displayed width after auto-orientation.</remarks>
/// <remarks>Height: Displayed height after auto-orientation.</remarks>
public sealed record ProcessedImage(int Width, int Height, IReadOnlyList<MediaVariant> Variants);

/// <summary>
/// Turns an uploaded image into stripped, auto-oriented WebP and JPEG variants at the configured widths through the
/// libvips command-line tools (see docs/decisions.md). Without libvips the image is kept at its own size with the
/// metadata removed by <see cref="MetadataStripper"/>, and <see cref="StatusMessage"/> says that resizing is off.
/// </summary>
public sealed partial class ImageProcessor
{
    private readonly MediaOptions _options;
    private readonly ILogger<ImageProcessor> _logger;
    private readonly VipsRunner _vips;
    private readonly SemaphoreSlim _oneImageAtATime = new(1);

    public ImageProcessor(IOptions<MediaOptions> options, ILogger<ImageProcessor> logger)
    {
        _options = options.Value;
        _logger = logger;
        _vips = new VipsRunner(_options.VipsToolsPath, _options.VipsTimeout);
        IsAvailable = _vips.Locate("vips") is not null && _vips.Locate("vipsthumbnail") is not null
            && _vips.Locate("vipsheader") is not null;
        StatusMessage = IsAvailable
            ? "Xử lý ảnh bằng libvips: tạo ảnh WebP và JPEG theo các độ rộng đã cấu hình, xóa siêu dữ liệu."
            : "Không tìm thấy libvips (vips, vipsthumbnail): đã TẮT việc thu nhỏ ảnh. Ảnh vẫn được lưu ở kích thước gốc "
              + "và đã xóa siêu dữ liệu (EXIF, GPS, XMP, IPTC). Cài gói libvips-tools để bật lại.";
        if (!IsAvailable)
        {
            _logger.LogWarning("libvips tools not found in '{Path}'; image resizing is off.", _options.VipsToolsPath);
        }
    }

    /// <summary>True when the libvips tools were found and images are resized.</summary>
    public bool IsAvailable { get; }

    /// <summary>A Vietnamese sentence for the admin pages describing how images are processed.</summary>
    public string StatusMessage { get; }

    /// <summary>Writes the variants of <paramref name="sourcePath"/> into <paramref name="outputFolder"/>.</summary>
    /// <remarks>relativePrefix: Prefix for <see cref="MediaVariant.RelativePath"/>, e.g. <c>ab/abcdef…</c>.</remarks>
    public async Task<ProcessedImage> ProcessAsync(string sourcePath, SniffResult sniff, string outputFolder,
        string relativePrefix, CancellationToken ct = default)
    {
        if ((long)sniff.Width * sniff.Height > _options.MaxPixels)
        {
            throw MediaRejectedException.TooManyPixels(sniff.Width, sniff.Height, _options.MaxPixels);
        }
        Directory.CreateDirectory(outputFolder);
        // One image at a time per node: each image already keeps two vips processes busy, and the web server
        // shares the machine's few cores with them.
        await _oneImageAtATime.WaitAsync(ct);
        try
        {
            return IsAvailable
                ? await ProcessWithVipsAsync(Path.GetFullPath(sourcePath), Path.GetFullPath(outputFolder), relativePrefix, ct)
                : await ProcessWithoutVipsAsync(sourcePath, sniff, outputFolder, relativePrefix, ct);
        }
        finally
        {
            _oneImageAtATime.Release();
        }
    }

    private async Task<ProcessedImage> ProcessWithVipsAsync(string source, string folder, string prefix, CancellationToken ct)
    {
        // One full decode of the untrusted file, failing on truncation or corrupt data, rotated upright into vips' own format;
        // every variant is then made from this trusted intermediate.
        var basePath = Path.Combine(folder, "base.v");
        try
        {
            var decode = await _vips.RunAsync("vips", ["autorot", source + (_options.StrictImageDecoding ? "[fail_on=warning]" : "[fail_on=truncated]"), basePath], ct,
                untrustedInput: true);
            if (decode.ExitCode != 0)
            {
                _logger.LogInformation("vips could not decode an upload: {Error}", decode.StdErr.Trim());
                throw MediaRejectedException.CorruptImage();
            }
            var header = await _vips.RunAsync("vipsheader", [basePath], ct);
            var m = HeaderPattern().Match(header.StdOut);
            if (header.ExitCode != 0 || !m.Success)
            {
                throw MediaRejectedException.CorruptImage();
            }
            var width = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var height = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);

            // The full-size outputs go first: they take longest, and the small ones fill the other slot meanwhile.
            var jobs = new List<(string Name, string Size)>();
            if (_options.OriginalWebp)
            {
                jobs.Add(("original.webp", $"{width}x{height}"));
            }
            jobs.Add(("original.jpg", $"{width}x{height}"));
            foreach (var w in _options.EffectiveWidths.Where(w => w < width).Reverse())
            {
                jobs.Add(($"{w}.webp", $"{w}x"));
                jobs.Add(($"{w}.jpg", $"{w}x"));
            }

            // Two at a time: each vipsthumbnail is itself threaded, and the machine has few cores.
            using var gate = new SemaphoreSlim(2);
            var tasks = jobs.Select(async job =>
            {
                await gate.WaitAsync(ct);
                try
                {
                    return await MakeVariantAsync(basePath, folder, prefix, job.Name, job.Size, ct);
                }
                finally
                {
                    gate.Release();
                }
            });
            var variants = await Task.WhenAll(tasks);
            return new ProcessedImage(width, height, variants.OrderBy(v => v.Format, StringComparer.Ordinal).ThenBy(v => v.Width).ToList());
        }
        finally
        {
            File.Delete(basePath);
        }
    }

    private async Task<MediaVariant> MakeVariantAsync(string basePath, string folder, string prefix, string name,
        string size, CancellationToken ct)
    {
        var isWebp = name.EndsWith(".webp", StringComparison.Ordinal);
        var output = Path.Combine(folder, name);
        // Progressive, optimised JPEG pays off for the sizes pages show; for the full-size file it costs about
        // four times the encode time, so that one stays baseline.
        // JPEG has no transparency: a transparent logo is flattened onto white, as on the page, not onto black.
        var saveOptions = isWebp
            ? $"[Q={_options.WebpQuality},strip]"
            : name.StartsWith("original", StringComparison.Ordinal)
                ? $"[Q={_options.JpegQuality},strip,background=255]"
                : $"[Q={_options.JpegQuality},strip,background=255,optimize_coding,interlace]";
        // The intermediate is already upright, but its copied Exif block may still say otherwise: rotating again
        // would undo the first rotation.
        var run = await _vips.RunAsync("vipsthumbnail", [basePath, "--no-rotate", "--size", size, "-o", output + saveOptions], ct);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"vipsthumbnail failed for {name}: {run.StdErr.Trim()}");
        }
        // libvips 8.14 keeps EXIF in WebP despite "strip"; our own pass removes it from every output.
        var format = isWebp ? "webp" : "jpeg";
        var bytes = MetadataStripper.Strip(await File.ReadAllBytesAsync(output, ct), format);
        await File.WriteAllBytesAsync(output, bytes, ct);
        using var ms = new MemoryStream(bytes);
        var dims = ImageHeaderReader.Read(ms, format) ?? throw new InvalidOperationException($"Unreadable output {name}.");
        return new MediaVariant(name, dims.Width, dims.Height, format, prefix + "/" + name, bytes.Length);
    }

    private static async Task<ProcessedImage> ProcessWithoutVipsAsync(string source, SniffResult sniff, string folder,
        string prefix, CancellationToken ct)
    {
        // Pixels are not rotated here, so a JPEG keeps its orientation in a minimal Exif block and the reported
        // size is the displayed one.
        var bytes = MetadataStripper.Strip(await File.ReadAllBytesAsync(source, ct), sniff.Format, sniff.Orientation);
        var name = "original" + sniff.Extension;
        await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes, ct);
        var swap = sniff.Orientation >= 5;
        int w = swap ? sniff.Height : sniff.Width, h = swap ? sniff.Width : sniff.Height;
        return new ProcessedImage(w, h, [new MediaVariant(name, w, h, sniff.Format, prefix + "/" + name, bytes.Length)]);
    }

    [GeneratedRegex(@":\s*(\d+)x(\d+)\s")]
    private static partial Regex HeaderPattern();
}
