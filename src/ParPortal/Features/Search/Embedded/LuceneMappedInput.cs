using System.Buffers.Binary;
using Lucene.Net.Store;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Reads a mapped index file (or a slice of a compound file) straight from memory: a byte is one load, a
/// variable-length integer a short loop, with the bounds checked as Lucene's own inputs check them (reading past the
/// end throws <see cref="EndOfStreamException"/>, which Lucene's corruption checks expect). Clones share the view and
/// keep their own position, as Lucene requires.
/// </summary>
internal sealed unsafe class LuceneMappedInput : IndexInput
{
    private readonly LuceneMappedView _view;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;

    public LuceneMappedInput(string description, LuceneMappedView view, long offset, long length)
        : base(description)
    {
        _view = view;
        _start = view.Start + offset;
        _length = length;
    }

    public override long Position => _position;

    public override long Length => _length;

    public override void Seek(long pos)
    {
        if ((ulong)pos > (ulong)_length)
        {
            throw new EndOfStreamException($"Seek to {pos} past the end ({_length} bytes): {this}");
        }
        _position = pos;
    }

    public override byte ReadByte()
    {
        var at = _position;
        if (at >= _length)
        {
            throw PastEnd(1);
        }
        _position = at + 1;
        return _start[at];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        // The destination is checked first, so a bad one leaves the position where it was.
        var destination = b.AsSpan(offset, len);
        Take(len).CopyTo(destination);
        // The copy reads the view through a pointer: the view must stay reachable until it is done.
        GC.KeepAlive(_view);
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

    /// <summary>Seven bits a byte, lowest first, the high bit set while more follow; at most five bytes.</summary>
    public override int ReadVInt32()
    {
        var result = 0;
        for (var shift = 0; shift < 28; shift += 7)
        {
            var b = ReadByte();
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
        var last = ReadByte();
        if ((last & 0xF0) != 0)
        {
            throw new IOException($"Invalid vInt detected (too many bits): {this}");
        }
        return result | (last << 28);
    }

    /// <summary>As <see cref="ReadVInt32"/>, at most nine bytes (negative values are not written this way).</summary>
    public override long ReadVInt64()
    {
        var result = 0L;
        for (var shift = 0; shift < 56; shift += 7)
        {
            var b = ReadByte();
            result |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
        var last = ReadByte();
        if ((last & 0x80) != 0)
        {
            throw new IOException($"Invalid vLong detected (negative values disallowed): {this}");
        }
        return result | ((long)last << 56);
    }

    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numBytes), numBytes, "Cannot skip a negative number of bytes.");
        }
        Seek(_position + numBytes);
    }

    public override object Clone() => MemberwiseClone();

    protected override void Dispose(bool disposing)
    {
        // Nothing to release here: the view is unmapped once no input or clone can reach it (LuceneMappedView).
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _length - _position)
        {
            throw PastEnd(count);
        }
        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    private EndOfStreamException PastEnd(int count) =>
        new($"Read of {count} bytes at {_position} past the end ({_length} bytes): {this}");
}
