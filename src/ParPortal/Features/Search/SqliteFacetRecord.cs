using System.Globalization;
using System.Text;

namespace ParPortal.Features.Search;

/// <summary>
/// What a search reads of each of up to a thousand sampled or candidate rows (type, year, title length, code,
/// unit, topics), packed into one text value, <c>search_facets.facets</c>. Microsoft.Data.Sqlite spends
/// about half a microsecond on every column it hands over: eight typed columns for 1,000 rows took 4–5 ms,
/// one packed column 1.3–1.7 ms (bench/ParPortal.Bench sqltime). Fields are separated by U+001F, topics by
/// U+001E; control characters inside values become spaces so that no value can break the layout.
/// </summary>
internal static class SqliteFacetRecord
{
    private const char FieldSeparator = '\u001f';
    /// <summary>Separates topics inside the topic field.</summary>
    public const char TopicSeparator = '\u001e';

    // Field positions.
    private const int Type = 0, Year = 1, TitleWordsField = 2, Code = 3, Unit = 4, UnitNameField = 5, Topics = 6, FieldCount = 7;

    public static string Pack(string type, int year, int titleWords, string? codeKey, string? unitCode, string? unitName, IEnumerable<string> topics)
    {
        var sb = new StringBuilder(96);
        sb.Append(Clean(type)).Append(FieldSeparator)
            .Append(year.ToString(CultureInfo.InvariantCulture)).Append(FieldSeparator)
            .Append(titleWords.ToString(CultureInfo.InvariantCulture)).Append(FieldSeparator)
            .Append(Clean(codeKey)).Append(FieldSeparator)
            .Append(Clean(unitCode)).Append(FieldSeparator)
            .Append(Clean(unitName)).Append(FieldSeparator)
            .AppendJoin(TopicSeparator, topics.Select(Clean));
        return sb.ToString();
    }

    private static string Clean(string? value) =>
        string.IsNullOrEmpty(value) || !value.Any(char.IsControl) ? value ?? "" : new string(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    /// <summary>The fields of one record, as slices of it.</summary>
    public readonly ref struct Fields
    {
        private readonly ReadOnlySpan<char> _record;
        private readonly Span<Range> _ranges;

        public Fields(ReadOnlySpan<char> record, Span<Range> ranges)
        {
            _record = record;
            _ranges = ranges;
            if (record.Split(ranges, FieldSeparator) != FieldCount)
            {
                throw new FormatException("A search_facets record does not have " + FieldCount.ToString(CultureInfo.InvariantCulture) + " fields.");
            }
        }

        public ReadOnlySpan<char> Type => _record[_ranges[SqliteFacetRecord.Type]];

        public int Year => int.Parse(_record[_ranges[SqliteFacetRecord.Year]], CultureInfo.InvariantCulture);

        public int TitleWords => int.Parse(_record[_ranges[TitleWordsField]], CultureInfo.InvariantCulture);

        public ReadOnlySpan<char> CodeKey => _record[_ranges[Code]];

        public ReadOnlySpan<char> UnitCode => _record[_ranges[Unit]];

        public ReadOnlySpan<char> UnitName => _record[_ranges[UnitNameField]];

        public ReadOnlySpan<char> Topics => _record[_ranges[SqliteFacetRecord.Topics]];
    }

    /// <summary>Room for the field slices of one record: <c>new Range[SqliteFacetRecord.Slots]</c>, reused row after row.</summary>
    public const int Slots = FieldCount + 1;
}
