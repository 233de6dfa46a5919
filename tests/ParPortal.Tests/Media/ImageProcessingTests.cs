using System.Diagnostics;
using ParPortal.Features.Media;

namespace ParPortal.Tests.Media;

public sealed class ImageProcessingTests
{
    [Fact]
    public async Task SaveAsync_RemovesExifAndGpsAndAppliesOrientation_WhenJpegCarriesThem()
    {
        using var files = new MediaTestFiles();
        var source = MediaTestFiles.WithExif(files.Jpeg(1200, 800), orientation: 6);
        Assert.Contains("exif-ifd3-GPSLatitude", MediaTestFiles.VipsHeaderAll(files.Write("check.jpg", source)));
        var store = files.Store(files.Options());

        var media = await store.SaveAsync(new MemoryStream(source), "ảnh có GPS.jpg", "image/jpeg", "tester");

        Assert.Equal(MediaKind.Image, media.Kind);
        Assert.Equal("image/jpeg", media.ContentType);
        Assert.Equal((800, 1200), (media.Width, media.Height));
        Assert.Equal(["480.jpg", "480.webp", "original.jpg", "original.webp"], media.Variants.Select(v => v.Name).Order());
        foreach (var v in media.Variants)
        {
            var path = store.GetPhysicalPath(v);
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.False(MediaTestFiles.Contains(bytes, "Exif"), $"{v.Name} still has an Exif block");
            Assert.False(MediaTestFiles.Contains(bytes, MediaTestFiles.CameraMake), $"{v.Name} still names the camera");
            var header = MediaTestFiles.VipsHeaderAll(path);
            Assert.DoesNotContain("exif-", header);
            Assert.DoesNotContain("GPS", header, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("xmp-data", header);
            Assert.True(v.Height > v.Width, $"{v.Name} is {v.Width}x{v.Height}, not rotated upright");
            Assert.Equal(new FileInfo(path).Length, v.Bytes);
        }
    }

    [Fact]
    public async Task SaveAsync_ProducesConfiguredWidthsWithoutUpscaling_WhenImageIsWide()
    {
        using var files = new MediaTestFiles();
        var store = files.Store(files.Options());

        var media = await store.SaveAsync(new MemoryStream(files.Jpeg(1000, 500)), "rộng.jpg", null, null);

        var widths = media.Variants.Where(v => v.Format == "webp").Select(v => v.Width).Order().ToArray();
        Assert.Equal([480, 960, 1000], widths);
        Assert.Equal(widths, media.Variants.Where(v => v.Format == "jpeg").Select(v => v.Width).Order());
        Assert.All(media.Variants, v => Assert.Equal(Math.Round(v.Width / 2.0), v.Height, 0));
        Assert.DoesNotContain(media.Variants, v => v.Width > 1000);
    }

    [Fact]
    public async Task SaveAsync_RemovesPngTextAndWebpExif_WhenSourcesCarryMetadata()
    {
        using var files = new MediaTestFiles();
        var store = files.Store(files.Options());
        var png = MediaTestFiles.WithPngChunk(files.Convert(files.Jpeg(600, 400), ".jpg", ".png"), "tEXt",
            "Comment\0SecretPngComment"u8.ToArray());
        var webp = files.Convert(MediaTestFiles.WithExif(files.Jpeg(600, 400), 1), ".jpg", ".webp");
        Assert.True(MediaTestFiles.Contains(webp, MediaTestFiles.CameraMake), "test setup: vips should keep EXIF in WebP");

        var fromPng = await store.SaveAsync(new MemoryStream(png), "a.png", "image/png", null);
        var fromWebp = await store.SaveAsync(new MemoryStream(webp), "b.webp", "image/webp", null);

        Assert.Equal("image/png", fromPng.ContentType);
        Assert.Equal("image/webp", fromWebp.ContentType);
        foreach (var v in fromPng.Variants.Concat(fromWebp.Variants))
        {
            var bytes = await File.ReadAllBytesAsync(store.GetPhysicalPath(v));
            Assert.False(MediaTestFiles.Contains(bytes, "SecretPngComment"));
            Assert.False(MediaTestFiles.Contains(bytes, MediaTestFiles.CameraMake));
            Assert.False(MediaTestFiles.Contains(bytes, "Exif"));
        }
    }

    [Fact]
    public async Task SaveAsync_StoresStrippedOriginalAndSaysResizingIsOff_WhenVipsIsAbsent()
    {
        using var files = new MediaTestFiles();
        var options = files.Options(toolsPath: Path.Combine(files.Folder, "no-such-folder"));
        var store = files.Store(options);
        var processor = new ImageProcessor(Microsoft.Extensions.Options.Options.Create(options),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ImageProcessor>.Instance);
        var jpeg = MediaTestFiles.WithExif(files.Jpeg(640, 480), orientation: 6);
        var png = MediaTestFiles.WithPngChunk(files.Convert(files.Jpeg(64, 32), ".jpg", ".png"), "tEXt", "Author\0Nguyen Van A"u8.ToArray());

        var fromJpeg = await store.SaveAsync(new MemoryStream(jpeg), "x.jpg", null, null);
        var fromPng = await store.SaveAsync(new MemoryStream(png), "y.png", null, null);

        Assert.False(processor.IsAvailable);
        Assert.Contains("TẮT", processor.StatusMessage);
        var v = Assert.Single(fromJpeg.Variants);
        Assert.Equal("original.jpg", v.Name);
        Assert.Equal((480, 640), (fromJpeg.Width, fromJpeg.Height));
        var bytes = await File.ReadAllBytesAsync(store.GetPhysicalPath(v));
        Assert.False(MediaTestFiles.Contains(bytes, MediaTestFiles.CameraMake));
        // Only the orientation survives, in a minimal block, so that the unrotated pixels still display upright.
        var header = MediaTestFiles.VipsHeaderAll(store.GetPhysicalPath(v));
        Assert.DoesNotContain("GPS", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("exif-ifd0-Orientation: 6", header);
        var pngBytes = await File.ReadAllBytesAsync(store.GetPhysicalPath(Assert.Single(fromPng.Variants)));
        Assert.False(MediaTestFiles.Contains(pngBytes, "Nguyen Van A"));
        Assert.Equal(64, fromPng.Width);
    }

    [Fact]
    public async Task SaveAsync_RefusesQuickly_WhenPngHeaderClaimsThirtyThousandSquare()
    {
        using var files = new MediaTestFiles();
        var png = files.Convert(files.Jpeg(16, 16), ".jpg", ".png");
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 30_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 30_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), MediaTestFiles.Crc32(png.AsSpan(12, 17)));
        var store = files.Store(files.Options());
        var before = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => store.SaveAsync(new MemoryStream(png), "bom.png", null, null));

        Assert.Equal(MediaRejectReason.TooManyPixels, error.Reason);
        Assert.Contains("điểm ảnh", error.Message);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
        Assert.True(GC.GetTotalAllocatedBytes() - before < 50_000_000);
        Assert.Empty(Directory.EnumerateFiles(files.MediaRoot, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_RejectsCorruptImage_WhenJpegIsTruncated()
    {
        using var files = new MediaTestFiles();
        var jpeg = files.Jpeg(800, 600);
        var truncated = jpeg[..(jpeg.Length / 2)];
        var store = files.Store(files.Options());

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => store.SaveAsync(new MemoryStream(truncated), "cut.jpg", null, null));

        Assert.Equal(MediaRejectReason.CorruptImage, error.Reason);
    }

    [Fact]
    public async Task ProcessAsync_RejectsTruncatedJpeg_WhenOnlyTheEndMarkerWasKept()
    {
        // A cut file with an end marker glued on passes the cheap structural check; only a full libvips decode finds it.
        using var files = new MediaTestFiles();
        var jpeg = files.Jpeg(800, 600);
        var forged = jpeg[..(jpeg.Length / 2)].Concat(new byte[] { 0xFF, 0xD9 }).ToArray();
        var store = files.Store(files.Options());

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => store.SaveAsync(new MemoryStream(forged), "cut.jpg", null, null));

        Assert.Equal(MediaRejectReason.CorruptImage, error.Reason);
    }

    [Fact]
    public async Task SaveAsync_FlattensTransparencyOntoWhite_WhenPngWithAlphaBecomesJpeg()
    {
        using var files = new MediaTestFiles();
        var rgb = files.Write("rgb.jpg", files.Jpeg(600, 300));
        var alpha = Path.Combine(files.Folder, "alpha.v");
        var png = Path.Combine(files.Folder, "logo.png");
        MediaTestFiles.Vips("vips", "black", alpha, "600", "300");
        MediaTestFiles.Vips("vips", "bandjoin", $"{rgb} {alpha}", png);
        var store = files.Store(files.Options());

        await using var upload = File.OpenRead(png);
        var media = await store.SaveAsync(upload, "logo.png", "image/png", null);

        var average = MediaTestFiles.Vips("vips", "avg", store.GetPhysicalPath(media.FindVariant("480.jpg")!));
        Assert.Equal(255, double.Parse(average, System.Globalization.CultureInfo.InvariantCulture), 0);
    }

    [Fact]
    public async Task SaveAsync_RejectsAsTooLarge_WhenImageExceedsItsLimit()
    {
        using var files = new MediaTestFiles();
        var options = files.Options();
        options.MaxImageBytes = 10_000;
        var store = files.Store(options);

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => store.SaveAsync(new MemoryStream(files.Jpeg(400, 400)), "big.jpg", null, null));

        Assert.Equal(MediaRejectReason.TooLarge, error.Reason);
        Assert.Contains("9 KB", error.Message);
        Assert.Empty(Directory.EnumerateFiles(files.MediaRoot, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_StopsVipsAndCleansUp_WhenProcessingExceedsTimeout()
    {
        using var files = new MediaTestFiles();
        var options = files.Options();
        options.VipsTimeout = TimeSpan.FromMilliseconds(1);
        var store = files.Store(options);

        await Assert.ThrowsAsync<TimeoutException>(() => store.SaveAsync(new MemoryStream(files.Jpeg(2000, 1500)), "slow.jpg", null, null));

        Assert.Empty(Directory.EnumerateFiles(files.MediaRoot, "*", SearchOption.AllDirectories));
    }
}
