using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ParPortal.Features.Media;

namespace ParPortal.Tests.Media;

/// <summary>Builds real test files with the vips tools and by writing bytes, in a folder the test owns.</summary>
internal sealed class MediaTestFiles : IDisposable
{
    public MediaTestFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "parportal-media-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string MediaRoot => Path.Combine(Folder, "media");

    public const string CameraMake = "TestCamMake";

    public MediaOptions Options(string? toolsPath = null) => new()
    {
        RootPath = MediaRoot,
        VipsToolsPath = toolsPath ?? "/usr/bin",

        // The tests also cover the full-size WebP (off by default for speed), whose metadata libvips keeps.
        OriginalWebp = true,
    };

    public MediaStore Store(MediaOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), new FileTypeSniffer(Microsoft.Extensions.Options.Options.Create(options), Microsoft.Extensions.Options.Options.Create(new ParPortal.Features.Office.OfficePackageLimits())),
            new ImageProcessor(Microsoft.Extensions.Options.Options.Create(options), NullLogger<ImageProcessor>.Instance),
            TimeProvider.System, NullLogger<MediaStore>.Instance);

    /// <summary>A 3-band noise JPEG made by vips, without metadata (vips would otherwise add its own Exif block).</summary>
    public byte[] Jpeg(int width, int height)
    {
        var noise = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".v");
        var gray = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".v");
        var jpg = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".jpg");
        Vips("vips", "gaussnoise", noise, width.ToString(), height.ToString(), "--mean", "128", "--sigma", "40");
        Vips("vips", "cast", noise, gray, "uchar");
        Vips("vips", "bandjoin", $"{gray} {gray} {gray}", jpg + "[Q=90,strip]");
        return File.ReadAllBytes(jpg);
    }

    /// <summary>Converts with vips, e.g. to ".png" or ".webp"; vips keeps the EXIF in WebP, which we rely on.</summary>
    public byte[] Convert(byte[] source, string sourceExt, string targetExt)
    {
        var src = Write("src" + Guid.NewGuid().ToString("N") + sourceExt, source);
        var dst = Path.Combine(Folder, Guid.NewGuid().ToString("N") + targetExt);
        Vips("vips", "copy", src, dst);
        return File.ReadAllBytes(dst);
    }

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Inserts an APP1 Exif segment (Make, Orientation, GPS latitude) right after SOI.</summary>
    public static byte[] WithExif(byte[] jpeg, int orientation)
    {
        var tiff = new byte[120];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        var p = 8;
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(p), 3);
        p += 2;
        p = Entry(tiff, p, 0x010F, 2, 12, 50);               // Make -> "TestCamMake\0" at 50
        p = Entry(tiff, p, 0x0112, 3, 1, (uint)orientation << 16); // SHORT stored left-justified
        p = Entry(tiff, p, 0x8825, 4, 1, 62);               // GPS IFD at 62
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(p), 0);
        Encoding.ASCII.GetBytes(CameraMake + "\0").CopyTo(tiff, 50);
        p = 62;
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(p), 2);
        p += 2;
        p = Entry(tiff, p, 0x0001, 2, 2, (uint)'N' << 24);  // GPSLatitudeRef "N"
        p = Entry(tiff, p, 0x0002, 5, 3, 92);               // GPSLatitude -> 3 rationals at 92
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(p), 0);
        uint[] lat = [16, 1, 28, 1, 30, 1];
        for (var i = 0; i < 6; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(92 + i * 4), lat[i]);
        }
        var body = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + body.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(body.Length + 2));
        body.CopyTo(segment, 4);
        return jpeg[..2].Concat(segment).Concat(jpeg[2..]).ToArray();
    }

    private static int Entry(byte[] b, int p, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(p), tag);
        BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(p + 2), type);
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(p + 4), count);
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(p + 8), value);
        return p + 12;
    }

    /// <summary>Adds a PNG chunk right after IHDR (which always ends at byte 33).</summary>
    public static byte[] WithPngChunk(byte[] png, string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return png[..33].Concat(chunk).Concat(png[33..]).ToArray();
    }

    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    public static string VipsHeaderAll(string path) => Vips("vipsheader", "-a", path);

    public static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    public static string Vips(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo("/usr/bin/" + tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {error}");
        }
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
