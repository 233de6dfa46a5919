using Lucene.Net.Store;
using ParPortal.Features.Search.Embedded;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>
/// The mapped index input reads back exactly what Lucene's own output wrote (bytes, big-endian integers, variable-length
/// integers at their edges, strings), checks its bounds as Lucene's inputs do, keeps clones and slices independent, and
/// stays readable through a clone after the input it came from is closed.
/// </summary>
public sealed class LuceneMappedInputTests : IDisposable
{
    private static readonly int[] VInts = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, int.MaxValue, -1, int.MinValue];
    private static readonly long[] VLongs = [0, 127, 128, long.MaxValue, 1L << 48, (1L << 56) - 1, 1L << 56];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp_mapped_" + Guid.NewGuid().ToString("N"));

    public LuceneMappedInputTests()
    {
        using var written = FSDirectory.Open(_folder);
        using var output = written.CreateOutput("values", IOContext.DEFAULT);
        output.WriteByte(0xAB);
        output.WriteInt16(-12_345);
        output.WriteInt32(-123_456_789);
        output.WriteInt64(-1_234_567_890_123_456_789L);
        foreach (var v in VInts)
        {
            output.WriteVInt32(v);
        }
        foreach (var v in VLongs)
        {
            output.WriteVInt64(v);
        }
        output.WriteString("Thủ tục hành chính");
        output.WriteBytes([1, 2, 3, 4, 5], 5);
        written.CreateOutput("empty", IOContext.DEFAULT).Dispose();
    }

    [Fact]
    public void ReadsBack_WhatLuceneWrote()
    {
        using var directory = new LuceneMappedDirectory(new DirectoryInfo(_folder));
        using var input = directory.OpenInput("values", IOContext.DEFAULT);

        Assert.Equal(0xAB, input.ReadByte());
        Assert.Equal(-12_345, input.ReadInt16());
        Assert.Equal(-123_456_789, input.ReadInt32());
        Assert.Equal(-1_234_567_890_123_456_789L, input.ReadInt64());
        Assert.Equal(VInts, VInts.Select(_ => input.ReadVInt32()));
        Assert.Equal(VLongs, VLongs.Select(_ => input.ReadVInt64()));
        Assert.Equal("Thủ tục hành chính", input.ReadString());
        var bytes = new byte[7];
        input.ReadBytes(bytes, 1, 5);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 4, 5, 0 }, bytes);
        Assert.Equal(input.Length, input.Position);
        Assert.Equal(new FileInfo(Path.Combine(_folder, "values")).Length, input.Length);
    }

    [Fact]
    public void ReadingOrSeekingPastTheEnd_Throws_AndLeavesThePositionUsable()
    {
        using var directory = new LuceneMappedDirectory(new DirectoryInfo(_folder));
        using var input = directory.OpenInput("values", IOContext.DEFAULT);
        var length = input.Length;

        input.Seek(length - 2);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[3], 0, 3));
        Assert.Equal(length - 2, input.Position);
        Assert.Equal(4, input.ReadByte());
        Assert.Equal(5, input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.Seek(length + 1));
        Assert.Throws<EndOfStreamException>(() => input.Seek(-1));
        Assert.Throws<EndOfStreamException>(() => input.SkipBytes(1));

        input.Seek(0);
        Assert.Throws<ArgumentOutOfRangeException>(() => input.ReadBytes(new byte[2], 1, 2));
        Assert.Equal(0, input.Position);

        using var empty = directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, empty.Length);
        Assert.Throws<EndOfStreamException>(() => empty.ReadByte());
    }

    [Fact]
    public void AVariableLengthIntegerWithTooManyBits_IsReportedAsCorrupt()
    {
        File.WriteAllBytes(Path.Combine(_folder, "bad-vint"), [0xFF, 0xFF, 0xFF, 0xFF, 0x1F]);
        File.WriteAllBytes(Path.Combine(_folder, "bad-vlong"), [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x80]);
        using var directory = new LuceneMappedDirectory(new DirectoryInfo(_folder));

        using var vint = directory.OpenInput("bad-vint", IOContext.DEFAULT);
        using var vlong = directory.OpenInput("bad-vlong", IOContext.DEFAULT);

        Assert.Throws<IOException>(() => vint.ReadVInt32());
        Assert.Throws<IOException>(() => vlong.ReadVInt64());
    }

    [Fact]
    public void ClonesAndSlices_KeepTheirOwnPositions_AndOutliveTheInput()
    {
        using var directory = new LuceneMappedDirectory(new DirectoryInfo(_folder));
        var input = directory.OpenInput("values", IOContext.DEFAULT);
        input.Seek(1);
        var clone = (IndexInput)input.Clone();

        Assert.Equal(-12_345, clone.ReadInt16());
        Assert.Equal(1, input.Position);
        Assert.Equal(-12_345, input.ReadInt16());
        input.Dispose();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // Lucene may still hold clones of a closed input: they read valid memory, never an unmapped page.
        Assert.Equal(-123_456_789, clone.ReadInt32());

        using var slicer = directory.CreateSlicer("values", IOContext.DEFAULT);
        var slice = slicer.OpenSlice("int32", 3, 4);
        Assert.Equal(4, slice.Length);
        Assert.Equal(-123_456_789, slice.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentException>(() => slicer.OpenSlice("too long", 3, clone.Length));
    }

    [Fact]
    public void AMissingFile_IsNotFound()
    {
        using var directory = new LuceneMappedDirectory(new DirectoryInfo(_folder));

        Assert.Throws<FileNotFoundException>(() => directory.OpenInput("missing", IOContext.DEFAULT));
    }

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);
}
