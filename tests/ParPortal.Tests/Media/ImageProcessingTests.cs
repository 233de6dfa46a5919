using System.Diagnostics;
using NetVips;
using ParPortal.Features.Media;

namespace ParPortal.Tests.Media;

public sealed class ImageProcessingTests
{
    [Fact]
    public async Task SaveAsync_RemovesExifAndGpsAndAppliesOrientation_WhenJpegCarriesThem()
    {
        using var files = new MediaTestFiles();
        var source = MediaTestFiles.WithExif(files.Jpeg(1200, 800), orientation: 6);
        Assert.Contains("exif-ifd3-GPSLatitude", MediaTestFiles.Metadata(files.Write("check.jpg", source)));
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
            var metadata = MediaTestFiles.Metadata(path);
            Assert.DoesNotContain("exif-", metadata);
            Assert.DoesNotContain("GPS", metadata, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("xmp-data", metadata);
            Assert.DoesNotContain("orientation: 6", metadata);
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
        foreach (var v in media.Variants)
        {
            using var stored = Image.NewFromFile(store.GetPhysicalPath(v));
            Assert.Equal((v.Width, v.Height), (stored.Width, stored.Height));
        }
    }

    [Fact]
    public async Task SaveAsync_ReEncodesEveryFile_WhenUploadIsAlreadySmallPng()
    {
        using var files = new MediaTestFiles();
        var png = MediaTestFiles.Convert(files.Jpeg(64, 32), ".png");
        var store = files.Store(files.Options());

        var media = await store.SaveAsync(new MemoryStream(png), "nhỏ.png", "image/png", null);

        // Nothing is kept as uploaded, not even an image smaller than every variant width.
        Assert.Equal(["original.jpg", "original.webp"], media.Variants.Select(v => v.Name).Order());
        Assert.Equal((64, 32), (media.Width, media.Height));
        Assert.All(media.Variants, v => Assert.NotEqual(png, File.ReadAllBytes(store.GetPhysicalPath(v))));
        Assert.Empty(Directory.EnumerateFiles(files.MediaRoot, "*.png", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_RemovesPngTextAndWebpExif_WhenSourcesCarryMetadata()
    {
        using var files = new MediaTestFiles();
        var store = files.Store(files.Options());
        var png = MediaTestFiles.WithPngChunk(MediaTestFiles.Convert(files.Jpeg(600, 400), ".png"), "tEXt",
            "Comment\0SecretPngComment"u8.ToArray());
        var webp = MediaTestFiles.Convert(MediaTestFiles.WithExif(files.Jpeg(600, 400), 1), ".webp");
        Assert.True(MediaTestFiles.Contains(webp, MediaTestFiles.CameraMake), "test setup: the WebP should carry the Exif block");

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
    public async Task SaveAsync_ConvertsToSrgb_WhenJpegIsCmyk()
    {
        using var files = new MediaTestFiles();
        using var rgb = MediaTestFiles.Noise(300, 200);
        using var cmyk = rgb.Colourspace(Enums.Interpretation.Cmyk);
        var jpeg = cmyk.JpegsaveBuffer(keep: Enums.ForeignKeep.None);
        var store = files.Store(files.Options());

        var media = await store.SaveAsync(new MemoryStream(jpeg), "in-an.jpg", null, null);

        foreach (var v in media.Variants)
        {
            using var stored = Image.NewFromFile(store.GetPhysicalPath(v));
            Assert.Equal(3, stored.Bands);
            Assert.Equal(Enums.Interpretation.Srgb, stored.Interpretation);
        }
    }

    [Fact]
    public async Task SaveAsync_RefusesQuickly_WhenPngHeaderClaimsThirtyThousandSquare()
    {
        using var files = new MediaTestFiles();
        var png = MediaTestFiles.Convert(files.Jpeg(16, 16), ".png");
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 30_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 30_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), MediaTestFiles.Crc32(png.AsSpan(12, 17)));
        var store = files.Store(files.Options());
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => store.SaveAsync(new MemoryStream(png), "bom.png", null, null));

        Assert.Equal(MediaRejectReason.TooManyPixels, error.Reason);
        Assert.Contains("điểm ảnh", error.Message);
        Assert.Contains("30000 × 30000", error.Message);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
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
        Assert.Empty(Directory.EnumerateFiles(files.MediaRoot, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_RejectsTruncatedJpeg_WhenOnlyTheEndMarkerWasKept()
    {
        // A cut file with an end marker glued on has the right structure; only a full decode finds the missing data.
        using var files = new MediaTestFiles();
        var jpeg = files.Jpeg(800, 600);
        var forged = jpeg[..(jpeg.Length / 2)].Concat(new byte[] { 0xFF, 0xD9 }).ToArray();
        var store = files.Store(files.Options());

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => store.SaveAsync(new MemoryStream(forged), "cut.jpg", null, null));

        Assert.Equal(MediaRejectReason.CorruptImage, error.Reason);
    }

    [Fact]
    public async Task SaveAsync_RejectsCorruptImage_WhenPngChunkHasBadChecksum()
    {
        using var files = new MediaTestFiles();
        var png = MediaTestFiles.Convert(files.Jpeg(200, 100), ".png");
        // The pixels stay intact; only the checksum of the first IDAT chunk is wrong.
        var idat = png.AsSpan().IndexOf("IDAT"u8);
        var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(idat - 4));
        png[idat + 4 + length] ^= 0xFF;
        var store = files.Store(files.Options());

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => store.SaveAsync(new MemoryStream(png), "crc.png", null, null));

        Assert.Equal(MediaRejectReason.CorruptImage, error.Reason);
        Assert.Empty(Directory.EnumerateFiles(files.MediaRoot, "*", SearchOption.AllDirectories));
    }

    public static TheoryData<string, string> Polyglots => new()
    {
        { ".gif", "<script>alert(document.cookie)</script>" },
        { ".gif", "ZIP" },
        { ".jpg", "ZIP" },
        { ".png", "ZIP" },
    };

    [Theory]
    [MemberData(nameof(Polyglots))]
    public async Task SaveAsync_StoresOnlyReEncodedPixels_WhenImageHasPayloadAppended(string format, string payload)
    {
        using var files = new MediaTestFiles();
        var image = MediaTestFiles.Convert(files.Jpeg(300, 200), format);
        var appended = payload == "ZIP" ? MediaTestFiles.Zip("hidden-script.js", "alert('polyglot')") : System.Text.Encoding.ASCII.GetBytes(payload);
        var polyglot = image.Concat(appended).ToArray();
        var store = files.Store(files.Options());

        var media = await store.SaveAsync(new MemoryStream(polyglot), "polyglot" + format, null, null);

        Assert.NotEmpty(media.Variants);
        foreach (var v in media.Variants)
        {
            var bytes = await File.ReadAllBytesAsync(store.GetPhysicalPath(v));
            Assert.False(MediaTestFiles.Contains(bytes, "alert("), $"{v.Name} still carries the script");
            Assert.False(MediaTestFiles.Contains(bytes, "PK\u0003\u0004"), $"{v.Name} still carries the zip");
            Assert.False(MediaTestFiles.Contains(bytes, "hidden-script"), $"{v.Name} still names the zip entry");
            Assert.Contains(v.Format, new[] { "jpeg", "webp" });
        }
    }

    [Fact]
    public async Task SaveAsync_FlattensTransparencyOntoWhite_WhenPngWithAlphaBecomesJpeg()
    {
        using var files = new MediaTestFiles();
        using var rgb = MediaTestFiles.Noise(600, 300);
        using var alpha = Image.Black(600, 300);
        using var transparent = rgb.Bandjoin(alpha);
        var png = transparent.PngsaveBuffer();
        var store = files.Store(files.Options());

        var media = await store.SaveAsync(new MemoryStream(png), "logo.png", "image/png", null);

        Assert.Equal(255, MediaTestFiles.Average(store.GetPhysicalPath(media.FindVariant("480.jpg")!)), 0);
        using var webp = Image.NewFromFile(store.GetPhysicalPath(media.FindVariant("480.webp")!));
        Assert.True(webp.HasAlpha(), "the WebP keeps the transparency");
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
    public async Task SaveAsync_StopsLibvipsAndCleansUp_WhenProcessingExceedsTimeBudget()
    {
        using var files = new MediaTestFiles();
        var options = files.Options();
        options.ProcessingTimeout = TimeSpan.FromMilliseconds(1);
        var store = files.Store(options);

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => store.SaveAsync(new MemoryStream(files.Jpeg(2000, 1500)), "slow.jpg", null, null));

        Assert.Equal(MediaRejectReason.ProcessingTimeout, error.Reason);
        Assert.Contains("giây", error.Message);
        Assert.Empty(Directory.EnumerateFiles(files.MediaRoot, "*", SearchOption.AllDirectories));
    }
}
