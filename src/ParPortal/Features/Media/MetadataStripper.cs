using System.Buffers.Binary;

namespace ParPortal.Features.Media;

/// <summary>
/// Removes metadata in our own code: EXIF/XMP (APP1), IPTC (APP13) and comments from JPEG; eXIf, tEXt, iTXt, zTXt
/// and tIME chunks from PNG; EXIF and XMP chunks from WebP. It is the whole privacy guard when libvips is absent,
/// and a second pass over libvips output, because libvips 8.14 ignores <c>strip</c> for WebP.
/// </summary>
public static class MetadataStripper
{
    /// <summary>Returns the bytes without metadata; formats it does not know are returned unchanged.</summary>
    /// <remarks>keepOrientation: For JPEG: write back a minimal Exif block holding only this orientation (2–8),
    /// used when the pixels were not rotated, so that the picture still shows the right way up.</remarks>
    public static byte[] Strip(byte[] data, string format, int keepOrientation = 1) => format switch
    {
        "jpeg" => StripJpeg(data, keepOrientation),
        "png" => StripPng(data),
        "webp" => StripWebp(data),
        _ => data,
    };

    private static byte[] StripJpeg(byte[] d, int orientation)
    {
        if (d.Length < 4 || d[0] != 0xFF || d[1] != 0xD8)
        {
            return d;
        }
        using var o = new MemoryStream(d.Length);
        o.Write(d, 0, 2);
        var p = 2;
        var orientationWritten = orientation is < 2 or > 8;
        while (p + 4 <= d.Length && d[p] == 0xFF)
        {
            var marker = d[p + 1];
            if (marker == 0xFF)
            {
                p++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9)
            {
                break;
            }
            var len = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(p + 2));
            var end = p + 2 + len;
            if (len < 2 || end > d.Length)
            {
                break;
            }
            if (!orientationWritten && marker != 0xE0)
            {
                o.Write(MinimalExif(orientation));
                orientationWritten = true;
            }
            // APP1 = Exif/XMP, APP13 = IPTC/Photoshop, COM = free-text comment; APP2 stays only for ICC profiles.
            var drop = marker is 0xE1 or 0xED or 0xFE
                || (marker == 0xE2 && !d.AsSpan(p + 4, Math.Min(12, len - 2)).StartsWith("ICC_PROFILE\0"u8))
                || (marker is >= 0xE3 and <= 0xEC);
            if (!drop)
            {
                o.Write(d, p, end - p);
            }
            p = end;
        }
        o.Write(d, p, d.Length - p);
        return o.ToArray();
    }

    // Exif holding one IFD0 entry: Orientation (0x0112, SHORT, count 1). Nothing that identifies a person or place.
    private static byte[] MinimalExif(int orientation)
    {
        byte[] body =
        [
            (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8,
            0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0,
            0, 0, 0, 0,
        ];
        var seg = new byte[4 + body.Length];
        seg[0] = 0xFF;
        seg[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(seg.AsSpan(2), (ushort)(body.Length + 2));
        body.CopyTo(seg, 4);
        return seg;
    }

    private static byte[] StripPng(byte[] d)
    {
        if (d.Length < 8)
        {
            return d;
        }
        using var o = new MemoryStream(d.Length);
        o.Write(d, 0, 8);
        var p = 8;
        while (p + 12 <= d.Length)
        {
            var len = BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(p));
            if (len > d.Length - p - 12)
            {
                break;
            }
            var type = System.Text.Encoding.ASCII.GetString(d, p + 4, 4);
            var total = 12 + (int)len;
            if (type is not ("eXIf" or "tEXt" or "iTXt" or "zTXt" or "tIME"))
            {
                o.Write(d, p, total);
            }
            p += total;
            if (type == "IEND")
            {
                return o.ToArray();
            }
        }
        o.Write(d, p, d.Length - p);
        return o.ToArray();
    }

    private static byte[] StripWebp(byte[] d)
    {
        if (d.Length < 12 || !d.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !d.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            return d;
        }
        using var o = new MemoryStream(d.Length);
        o.Write(d, 0, 12);
        var p = 12;
        var vp8xAt = -1;
        while (p + 8 <= d.Length)
        {
            var fourcc = System.Text.Encoding.ASCII.GetString(d, p, 4);
            var len = BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(p + 4));
            var total = 8 + (int)Math.Min(len + (len & 1), (uint)(d.Length - p - 8));
            if (fourcc is not ("EXIF" or "XMP "))
            {
                if (fourcc == "VP8X")
                {
                    vp8xAt = (int)o.Position;
                }
                o.Write(d, p, total);
            }
            p += total;
        }
        var result = o.ToArray();
        if (vp8xAt >= 0)
        {
            // Clear the "has EXIF" (0x08) and "has XMP" (0x04) flags of the extended header.
            result[vp8xAt + 8] &= unchecked((byte)~0x0C);
        }
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
