using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using NetVips;
using ParPortal.Features.Media;

namespace ParPortal.Tests.Media;

/// <summary>Builds real test files with libvips (NetVips) and by writing bytes, in a folder the test owns.</summary>
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

    public MediaOptions Options() => new()
    {
        RootPath = MediaRoot,

        // The tests also cover the full-size WebP (off by default for speed).
        OriginalWebp = true,
    };

    public MediaStore Store(MediaOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), new FileTypeSniffer(Microsoft.Extensions.Options.Options.Create(new ParPortal.Features.Office.OfficePackageLimits())),
            new ImageProcessor(Microsoft.Extensions.Options.Options.Create(options), NullLogger<ImageProcessor>.Instance),
            TimeProvider.System, NullLogger<MediaStore>.Instance);

    /// <summary>A 3-band noise JPEG without metadata (libvips would otherwise add its own Exif block).</summary>
    public byte[] Jpeg(int width, int height)
    {
        using var rgb = Noise(width, height);
        return rgb.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
    }

    /// <summary>3-band 8-bit noise around mid-grey.</summary>
    public static Image Noise(int width, int height)
    {
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 40);
        using var grey = noise.Cast(Enums.BandFormat.Uchar);
        return grey.Bandjoin(grey, grey);
    }

    /// <summary>Re-saves an image in another format (".png", ".webp", ".gif"), keeping its metadata (Exif in WebP too).</summary>
    public static byte[] Convert(byte[] source, string targetExt)
    {
        using var image = Image.NewFromBuffer(source);
        return image.WriteToBuffer(targetExt);
    }

    /// <summary>The metadata fields libvips sees in a file, with their values, one "name: value" per line.</summary>
    public static string Metadata(string path)
    {
        using var image = Image.NewFromFile(path);
        return string.Join('\n', image.GetFields().Select(f => $"{f}: {Describe(image.Get(f))}"));
    }

    private static string Describe(object value) => value switch
    {
        byte[] bytes => Encoding.Latin1.GetString(bytes),
        Image => "(image)",
        _ => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The mean pixel value of a stored image.</summary>
    public static double Average(string path)
    {
        using var image = Image.NewFromFile(path);
        return image.Avg();
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

    /// <summary>A zip archive holding one text file.</summary>
    public static byte[] Zip(string entryName, string content)
    {
        var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName, System.IO.Compression.CompressionLevel.NoCompression).Open());
            writer.Write(content);
        }

        return ms.ToArray();
    }

    public static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

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
