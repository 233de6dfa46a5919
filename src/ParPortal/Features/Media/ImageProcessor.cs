using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetVips;
using VipsImage = NetVips.Image;

namespace ParPortal.Features.Media;

/// <summary>The files produced from one uploaded image.</summary>
/// <remarks>Width: Displayed width after auto-orientation.</remarks>
/// <remarks>Height: Displayed height after auto-orientation.</remarks>
public sealed record ProcessedImage(int Width, int Height, IReadOnlyList<MediaVariant> Variants);

/// <summary>
/// Turns an uploaded image into WebP and JPEG variants at the configured widths plus a full-size JPEG, with libvips in
/// process (NetVips, see docs/decisions.md). Nothing is stored as uploaded: the file is decoded completely by the one
/// loader of its sniffed type (refusing damaged files), turned upright, converted to sRGB and re-encoded without any
/// metadata, so that camera, GPS and whatever was hidden in or after the image (a script, a zip) do not survive.
/// </summary>
public sealed class ImageProcessor
{
    /// <summary>
    /// Variants encoded at the same time. Each libvips operation already uses every core for its own tiles, but the
    /// encoders are mostly single-threaded, so two side by side keep a 2-core server busy without queueing.
    /// </summary>
    private const int ParallelEncodes = 2;

    private static readonly double[] White = [255];

    private readonly MediaOptions _options;
    private readonly ILogger<ImageProcessor> _logger;
    private readonly SemaphoreSlim _oneImageAtATime = new(1);

    private readonly Lazy<bool> _available;

    public ImageProcessor(IOptions<MediaOptions> options, ILogger<ImageProcessor> logger)
    {
        _options = options.Value;
        _logger = logger;
        // libvips is loaded at the first image, not at start: a node that serves pages never maps the 6 MB library
        // (the page benchmark's reads-alone memory budget), and command-line verbs start faster.
        _available = new Lazy<bool>(() =>
        {
            var problem = LibVips.Start(_logger);
            if (problem is not null)
            {
                _logger.LogError("libvips did not load ({Problem}); image uploads are refused.", problem);
            }
            return problem is null;
        });
    }

    /// <summary>True when libvips loaded and images are accepted (loads it on first use).</summary>
    public bool IsAvailable => _available.Value;

    /// <summary>A Vietnamese sentence for the admin pages describing how images are processed.</summary>
    public string StatusMessage => IsAvailable
        ? $"Xử lý ảnh bằng libvips {LibVips.Version} ngay trong máy chủ: mỗi ảnh được giải mã rồi mã hóa lại thành WebP và JPEG "
          + "theo các độ rộng đã cấu hình, không giữ siêu dữ liệu (EXIF, GPS, XMP)."
        : "Không nạp được thư viện xử lý ảnh libvips trên máy chủ này: chưa nhận tải ảnh lên; tệp văn bản vẫn tải lên được.";

    /// <summary>Writes the variants of <paramref name="sourcePath"/> into <paramref name="outputFolder"/>.</summary>
    /// <remarks>relativePrefix: Prefix for <see cref="MediaVariant.RelativePath"/>, e.g. <c>ab/abcdef…</c>.</remarks>
    /// <exception cref="MediaRejectedException">The image is damaged, too large, too slow, or libvips is missing.</exception>
    public async Task<ProcessedImage> ProcessAsync(string sourcePath, SniffResult sniff, string outputFolder,
        string relativePrefix, CancellationToken ct = default)
    {
        if (!IsAvailable)
        {
            throw MediaRejectedException.ImagesUnavailable();
        }

        Directory.CreateDirectory(outputFolder);
        // One image at a time per node: libvips already spreads one image over every core, and a decoded image may
        // take up to 160 MB (MaxPixels).
        await _oneImageAtATime.WaitAsync(ct);
        try
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
            budget.CancelAfter(_options.ProcessingTimeout);
            try
            {
                var watch = Stopwatch.StartNew();
                var processed = await Task.Run(() => Process(Path.GetFullPath(sourcePath), sniff.Format, Path.GetFullPath(outputFolder),
                    relativePrefix, budget.Token), CancellationToken.None);
                // The timer that cancels the budget fires on the thread pool, which libvips' encoders can keep busy on a
                // small machine; work that finished after its budget is refused all the same, so the limit is exact.
                if (watch.Elapsed > _options.ProcessingTimeout)
                {
                    _logger.LogInformation("Image processing took {Elapsed}, over its {Timeout}.", watch.Elapsed, _options.ProcessingTimeout);
                    throw MediaRejectedException.ProcessingTimeout(_options.ProcessingTimeout);
                }

                return processed;
            }
            catch (Exception e) when (e is VipsException or OperationCanceledException && budget.IsCancellationRequested)
            {
                ct.ThrowIfCancellationRequested();
                _logger.LogInformation("Image processing stopped after {Timeout}.", _options.ProcessingTimeout);
                throw MediaRejectedException.ProcessingTimeout(_options.ProcessingTimeout);
            }
        }
        finally
        {
            _oneImageAtATime.Release();
        }
    }

    private ProcessedImage Process(string source, string format, string folder, string prefix, CancellationToken token)
    {
        using var image = Decode(source, format, token);
        var jobs = new List<Func<IEnumerable<MediaVariant>>>
        {
            // The full-size files go first: they take longest, and the small ones fill the other slot meanwhile.
            () => [SaveJpeg(image, folder, prefix, "original.jpg", progressive: false)],
        };
        if (_options.OriginalWebp)
        {
            jobs.Add(() => [SaveWebp(image, folder, prefix, "original.webp")]);
        }

        foreach (var width in _options.EffectiveWidths.Where(w => w < image.Width).Reverse())
        {
            jobs.Add(() => Resized(image, width, folder, prefix, token));
        }

        var variants = new List<MediaVariant>();
        try
        {
            Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = ParallelEncodes, CancellationToken = token }, job =>
            {
                var made = job();
                lock (variants)
                {
                    variants.AddRange(made);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return new ProcessedImage(image.Width, image.Height,
            variants.OrderBy(v => v.Format, StringComparer.Ordinal).ThenBy(v => v.Width).ToList());
    }

    /// <summary>
    /// Opens the file with the loader of its sniffed type, refuses a canvas above <see cref="MediaOptions.MaxPixels"/>
    /// from the header alone, then decodes every pixel into memory (this is where a damaged file fails), upright and
    /// in 8-bit sRGB (or grey).
    /// </summary>
    private VipsImage Decode(string source, string format, CancellationToken token)
    {
        var failOn = _options.StrictImageDecoding ? Enums.FailOn.Warning : Enums.FailOn.Error;
        try
        {
            // Sequential: the file is read once, top to bottom, straight into memory.
            using var loaded = format switch
            {
                "jpeg" => VipsImage.Jpegload(source, access: Enums.Access.Sequential, failOn: failOn),
                "png" => VipsImage.Pngload(source, access: Enums.Access.Sequential, failOn: failOn),
                "gif" => VipsImage.Gifload(source, access: Enums.Access.Sequential, failOn: failOn),
                "webp" => VipsImage.Webpload(source, access: Enums.Access.Sequential, failOn: failOn),
                _ => throw new ArgumentException($"Not an image format: {format}.", nameof(format)),
            };
            if ((long)loaded.Width * loaded.Height > _options.MaxPixels)
            {
                throw MediaRejectedException.TooManyPixels(loaded.Width, loaded.Height, _options.MaxPixels);
            }

            Watch(loaded, token);
            var decoded = loaded.CopyMemory();
            if (Orientation(decoded) <= 1 && IsDisplayReady(decoded))
            {
                return decoded;
            }

            using (decoded)
            {
                // Rotating and converting read the decoded copy in any order, which a sequential file could not allow.
                using var upright = Orientation(decoded) > 1 ? decoded.Autorot() : decoded.Copy();
                using var display = InDisplayColours(upright);
                Watch(display, token);
                return display.CopyMemory();
            }
        }
        catch (VipsException e) when (!token.IsCancellationRequested)
        {
            _logger.LogInformation("libvips refused an upload: {Error}", e.Message.Trim());
            throw MediaRejectedException.CorruptImage();
        }
    }

    /// <summary>True for 8-bit sRGB or grey without a colour profile: every later step is then a plain resize.</summary>
    private static bool IsDisplayReady(VipsImage image) =>
        !HasProfile(image) && image.Format == Enums.BandFormat.Uchar && image.Interpretation is (Enums.Interpretation.Srgb or Enums.Interpretation.Bw);

    private static bool HasProfile(VipsImage image) => image.GetTypeOf("icc-profile-data") != IntPtr.Zero;

    /// <summary>The image in 8-bit sRGB (or grey) without its colour profile (see <see cref="IsDisplayReady"/>).</summary>
    private static VipsImage InDisplayColours(VipsImage image)
    {
        VipsImage converted;
        if (HasProfile(image))
        {
            converted = image.IccTransform("srgb", embedded: true, intent: Enums.Intent.Perceptual);
        }
        else if (!IsDisplayReady(image))
        {
            // CMYK without a profile, 16-bit PNG, Lab…
            converted = image.Colourspace(Enums.Interpretation.Srgb);
        }
        else
        {
            converted = image.Copy();
        }

        using (converted)
        {
            // Without its profile the thumbnail step does no colour management again; the savers drop metadata anyway.
            return converted.Mutate(m => m.Remove("icc-profile-data"));
        }
    }

    private static int Orientation(VipsImage image) =>
        image.GetTypeOf("orientation") != IntPtr.Zero ? (int)image.Get("orientation") : 1;

    private IEnumerable<MediaVariant> Resized(VipsImage image, int width, string folder, string prefix, CancellationToken token)
    {
        // The thumbnail output is sequential and is read twice (WebP and JPEG), so it is made once in memory.
        using var thumbnail = image.ThumbnailImage(width, height: VipsMaxSize, size: Enums.Size.Down, noRotate: true);
        Watch(thumbnail, token);
        using var resized = thumbnail.CopyMemory();
        return [SaveWebp(resized, folder, prefix, $"{width}.webp"), SaveJpeg(resized, folder, prefix, $"{width}.jpg", progressive: true)];
    }

    /// <summary>A height that never limits: variants are sized by width only.</summary>
    private const int VipsMaxSize = 10_000_000;

    private MediaVariant SaveWebp(VipsImage image, string folder, string prefix, string name)
    {
        var path = Path.Combine(folder, name);
        image.Webpsave(path, q: _options.WebpQuality, effort: _options.WebpEffort, keep: Enums.ForeignKeep.None);
        return Variant(image, path, prefix, name, "webp");
    }

    private MediaVariant SaveJpeg(VipsImage image, string folder, string prefix, string name, bool progressive)
    {
        var path = Path.Combine(folder, name);
        // Progressive, optimised JPEG pays off for the sizes pages show; for the full-size file it costs several times
        // the encode time, so that one stays baseline. JPEG has no transparency: a transparent logo is flattened onto
        // white, as on the page, not onto black.
        image.Jpegsave(path, q: _options.JpegQuality, optimizeCoding: progressive, interlace: progressive,
            keep: Enums.ForeignKeep.None, background: White);
        return Variant(image, path, prefix, name, "jpeg");
    }

    private static MediaVariant Variant(VipsImage image, string path, string prefix, string name, string format) =>
        new(name, image.Width, image.Height, format, prefix + "/" + name, new FileInfo(path).Length);

    /// <summary>Lets the time budget stop libvips: once the token is cancelled, the next tile sets the kill flag.</summary>
    private static void Watch(VipsImage image, CancellationToken token) => image.SetProgress(NoProgress.Instance, token);

    private sealed class NoProgress : IProgress<int>
    {
        public static readonly NoProgress Instance = new();

        public void Report(int value)
        {
        }
    }
}
