using System.Buffers.Binary;

namespace ParPortal.Features.Media;

/// <summary>Dimensions and orientation read from an image header, without decoding any pixels.</summary>
public readonly record struct ImageHeader(int Width, int Height, int Orientation);

/// <summary>
/// Reads width and height from JPEG, PNG, GIF and WebP headers. This runs before libvips sees the file so that a
/// decompression bomb (a small file whose header claims a huge canvas) is refused without allocating anything.
/// </summary>
public static class ImageHeaderReader
{
    /// <summary>Returns the header, or null when the structure is not what the format requires.</summary>
    public static ImageHeader? Read(Stream stream, string format)
    {
        stream.Position = 0;
        return format switch
        {
            "jpeg" => ReadJpeg(stream),
            "png" => ReadPng(stream),
            "gif" => ReadGif(stream),
            "webp" => ReadWebp(stream),
            _ => null,
        };
    }

    private static ImageHeader? ReadPng(Stream s)
    {
        var b = ReadExactly(s, 24);
        if (b is null || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R')
        {
            return null;
        }
        var w = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16));
        var h = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20));
        return w is 0 or > int.MaxValue || h is 0 or > int.MaxValue ? null : new ImageHeader((int)w, (int)h, 1);
    }

    private static ImageHeader? ReadGif(Stream s)
    {
        var b = ReadExactly(s, 10);
        if (b is null)
        {
            return null;
        }
        int w = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(6)), h = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(8));
        return w == 0 || h == 0 ? null : new ImageHeader(w, h, 1);
    }

    private static ImageHeader? ReadWebp(Stream s)
    {
        var b = ReadExactly(s, 30);
        if (b is null)
        {
            return null;
        }
        var fourcc = System.Text.Encoding.ASCII.GetString(b, 12, 4);
        var d = b.AsSpan(20);
        switch (fourcc)
        {
            case "VP8X":
                return new ImageHeader(1 + (d[4] | d[5] << 8 | d[6] << 16), 1 + (d[7] | d[8] << 8 | d[9] << 16), 1);
            case "VP8 ":
                if (d[3] != 0x9d || d[4] != 0x01 || d[5] != 0x2a)
                {
                    return null;
                }
                return new ImageHeader(BinaryPrimitives.ReadUInt16LittleEndian(d[6..]) & 0x3fff,
                    BinaryPrimitives.ReadUInt16LittleEndian(d[8..]) & 0x3fff, 1);
            case "VP8L":
                if (d[0] != 0x2f)
                {
                    return null;
                }
                var bits = BinaryPrimitives.ReadUInt32LittleEndian(d[1..]);
                return new ImageHeader((int)(bits & 0x3fff) + 1, (int)((bits >> 14) & 0x3fff) + 1, 1);
            default:
                return null;
        }
    }

    private static ImageHeader? ReadJpeg(Stream s)
    {
        var orientation = 1;
        var two = new byte[2];
        if (s.Read(two) != 2 || two[0] != 0xFF || two[1] != 0xD8)
        {
            return null;
        }
        while (true)
        {
            var marker = ReadMarker(s);
            if (marker is null or 0xD9 or 0xDA)
            {
                return null;
            }
            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                continue;
            }
            var lenBytes = ReadExactly(s, 2);
            if (lenBytes is null)
            {
                return null;
            }
            var len = BinaryPrimitives.ReadUInt16BigEndian(lenBytes) - 2;
            if (len < 0)
            {
                return null;
            }
            var isSof = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isSof || marker == 0xE1)
            {
                var seg = ReadExactly(s, len);
                if (seg is null)
                {
                    return null;
                }
                if (marker == 0xE1)
                {
                    orientation = ExifOrientation.Read(seg) ?? orientation;
                    continue;
                }
                if (seg.Length < 5)
                {
                    return null;
                }
                int h = BinaryPrimitives.ReadUInt16BigEndian(seg.AsSpan(1)), w = BinaryPrimitives.ReadUInt16BigEndian(seg.AsSpan(3));
                return w == 0 || h == 0 ? null : new ImageHeader(w, h, orientation);
            }
            s.Seek(len, SeekOrigin.Current);
        }
    }

    private static int? ReadMarker(Stream s)
    {
        var b = s.ReadByte();
        if (b != 0xFF)
        {
            return null;
        }
        // Any number of 0xFF fill bytes may precede a marker code.
        do
        {
            b = s.ReadByte();
        }
        while (b == 0xFF);
        return b < 0 ? null : b;
    }

    private static byte[]? ReadExactly(Stream s, int count)
    {
        var buffer = new byte[count];
        var read = s.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return read == count ? buffer : null;
    }
}

/// <summary>Reads the Orientation tag from a JPEG APP1 Exif segment body.</summary>
internal static class ExifOrientation
{
    public static int? Read(ReadOnlySpan<byte> app1)
    {
        if (app1.Length < 14 || !app1[..6].SequenceEqual("Exif\0\0"u8))
        {
            return null;
        }
        var tiff = app1[6..];
        var little = tiff[0] == 'I';
        var ifd = U32(tiff, 4, little);
        if (ifd > int.MaxValue - 16 || ifd + 2 > tiff.Length)
        {
            return null;
        }
        var count = U16(tiff, (int)ifd, little);
        for (var i = 0; i < count; i++)
        {
            var e = (int)ifd + 2 + i * 12;
            if (e + 12 > tiff.Length)
            {
                return null;
            }
            if (U16(tiff, e, little) == 0x0112)
            {
                var v = U16(tiff, e + 8, little);
                return v is >= 1 and <= 8 ? v : null;
            }
        }
        return null;
    }

    private static uint U32(ReadOnlySpan<byte> b, int o, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b[o..]) : BinaryPrimitives.ReadUInt32BigEndian(b[o..]);

    private static ushort U16(ReadOnlySpan<byte> b, int o, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[o..]) : BinaryPrimitives.ReadUInt16BigEndian(b[o..]);
}
