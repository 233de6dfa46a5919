using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ParPortal.Tests.Media;

namespace ParPortal.Tests.Editor;

/// <summary>Small valid PNG files written here, so the editor's tests need no image tool to make their pictures.</summary>
public static class TestImages
{
    /// <summary>A solid-colour RGB PNG of the given size.</summary>
    public static byte[] Png(int width, int height, byte red = 40, byte green = 110, byte blue = 170)
    {
        var raw = new byte[height * ((width * 3) + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 3) + 1);
            for (var x = 0; x < width; x++)
            {
                (raw[row + 1 + (x * 3)], raw[row + 2 + (x * 3)], raw[row + 3 + (x * 3)]) = (red, green, (byte)(blue + (x % 40)));
            }
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, 2);
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, MediaTestFiles.Crc32(typed));
        png.Write(crc);
    }
}
