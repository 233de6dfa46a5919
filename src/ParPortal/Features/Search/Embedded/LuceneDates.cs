using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Every document's date, as an array kept with each segment, and the newest-first sort that reads it. Lucene's own
/// long comparer decoded the doc values for every document it compared (then through Lucene.Net's mapped input, a
/// handle taken and released per byte; now <see cref="LuceneMappedInput"/>), and a search whose title tier ties on
/// thousands of titles (the newest of them win) spent a third of its time there (perf, the search page for "thu tuc"
/// over 100,000 items, 2026-12-07). Browsing, the tier cut and rescoring read the same arrays.
/// </summary>
internal sealed class LuceneDates : FieldComparerSource
{
    private static readonly ConditionalWeakTable<object, long[]> Dates = new();

    private LuceneDates()
    {
    }

    /// <summary>Newer first; the same order and values as <c>SortField(Date, INT64, reverse: true)</c>.</summary>
    public static SortField NewestFirst { get; } = new(LuceneFields.Date, new LuceneDates(), true);

    /// <summary>Every document's date in the segment (0 when it has none, as Lucene's comparer reads it); kept with the segment.</summary>
    public static long[] Of(AtomicReader reader) => Dates.GetValue(reader.CoreCacheKey, _ => Read(reader));

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new Comparer(numHits);

    private static long[] Read(AtomicReader reader)
    {
        var values = reader.GetNumericDocValues(LuceneFields.Date);
        var dates = new long[reader.MaxDoc];
        if (values is not null)
        {
            for (var doc = 0; doc < dates.Length; doc++)
            {
                dates[doc] = values.Get(doc);
            }
        }
        return dates;
    }

    private sealed class Comparer(int slots) : FieldComparer<J2N.Numerics.Int64>
    {
        private readonly long[] _values = new long[slots];
        private long[] _dates = [];
        private long _bottom;
        private long _top;

        // Lucene's own comparer hands out the same boxed type (the collector's FieldDoc.Fields).
        public override J2N.Numerics.Int64 this[int slot] => J2N.Numerics.Int64.GetInstance(_values[slot]);

        public override int Compare(int slot1, int slot2) => _values[slot1].CompareTo(_values[slot2]);

        public override void SetBottom(int slot) => _bottom = _values[slot];

        public override void SetTopValue(J2N.Numerics.Int64 value) => _top = value.ToInt64();

        public override int CompareBottom(int doc) => _bottom.CompareTo(_dates[doc]);

        public override int CompareTop(int doc) => _top.CompareTo(_dates[doc]);

        public override void Copy(int slot, int doc) => _values[slot] = _dates[doc];

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            _dates = Of(context.AtomicReader);
            return this;
        }
    }
}
