using Lucene.Net.Store;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// The index folder, its files read through memory-mapped views (<see cref="LuceneMappedInput"/>); writing, listing and
/// locking are <see cref="FSDirectory"/>'s. Lucene.Net 4.8.0-beta00017's own <see cref="MMapDirectory"/> reads every
/// byte through <c>UnmanagedMemoryAccessor.ReadByte</c>, which takes and releases the view's SafeHandle per byte: the
/// variable-length integers of postings and the term dictionary are read a byte at a time, and that was 9 % of the
/// search page's CPU at 100,000 items (perf; docs/decisions.md). The package's later versions read through a pointer
/// too, but the family stays on beta00017 (the highlighter and ICU packages exist only in that version).
/// </summary>
internal sealed class LuceneMappedDirectory(DirectoryInfo folder) : FSDirectory(folder, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var view = LuceneMappedView.Open(Path.Combine(Directory.FullName, name));
        return new LuceneMappedInput($"LuceneMappedInput({name})", view, 0, view.Length);
    }

    /// <summary>Compound files (.cfs): one view of the whole file, each inner file a slice of it.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(name, LuceneMappedView.Open(Path.Combine(Directory.FullName, name)));
    }

    private sealed class Slicer(string name, LuceneMappedView view) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset > view.Length - length)
            {
                throw new ArgumentException($"Slice {sliceDescription} out of bounds: offset {offset}, length {length}, file length {view.Length} ({name}).");
            }
            return new LuceneMappedInput($"LuceneMappedInput({sliceDescription} in {name})", view, offset, length);
        }

        [Obsolete("Only for reading compound files of Lucene 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full", 0, view.Length);

        protected override void Dispose(bool disposing)
        {
            // Nothing to do: the view is unmapped once no slice or clone can reach it (LuceneMappedView).
        }
    }
}
