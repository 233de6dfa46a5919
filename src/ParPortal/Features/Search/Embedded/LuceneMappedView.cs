using System.IO.MemoryMappedFiles;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// One index file mapped read-only, and the address of its first byte. The view is never unmapped explicitly: it goes
/// when this object can no longer be reached (the view handle's own finalizer). Every input, slice and clone over the
/// file holds this object, and Lucene clones inputs freely without closing the clones, so no read can meet an unmapped
/// address; a merged-away segment file's disk space returns at the collection after its last reader is released.
/// </summary>
internal sealed unsafe class LuceneMappedView
{
    // Held for its handle: the mapping lives as long as this object does.
    private readonly MemoryMappedViewAccessor? _accessor;

    private LuceneMappedView(MemoryMappedViewAccessor? accessor, byte* start, long length)
    {
        _accessor = accessor;
        Start = start;
        Length = length;
    }

    public byte* Start { get; }

    public long Length { get; }

    public static LuceneMappedView Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var length = stream.Length;
        if (length == 0)
        {
            // An empty file cannot be mapped; nothing will be read from it either.
            return new LuceneMappedView(null, null, 0);
        }
        // The mapping object and the file handle can go once the view exists; the view keeps the pages.
        using var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var accessor = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        var start = (byte*)accessor.SafeMemoryMappedViewHandle.DangerousGetHandle() + accessor.PointerOffset;
        return new LuceneMappedView(accessor, start, length);
    }
}
