using ParPortal.Text;

namespace ParPortal.Features.Search.Synonyms;

/// <summary>
/// Groups of interchangeable terms of administrative Vietnamese ("CCCD, căn cước công dân, căn cước"), one group per
/// line, terms separated by commas. A query word inside a term of a group may also be matched by any other term of
/// that group, at a lower weight than the literal word (<c>RankingPolicy.Synonym</c>). Matching is on folded words,
/// so diacritics and case do not matter, and the longest term found in the query wins.
/// </summary>
public sealed class SynonymDictionary
{
    /// <summary>Lines per dictionary: editors keep a vocabulary, not a corpus; every query looks terms up.</summary>
    public const int MaxLines = 1000;

    /// <summary>Terms per line.</summary>
    public const int MaxTermsPerLine = 12;

    /// <summary>Words per term: a term is a name ("chỉ số hiệu quả quản trị và hành chính công cấp tỉnh" has 11), not a sentence.</summary>
    public const int MaxWordsPerTerm = 12;

    private readonly Dictionary<string, List<(string[] Words, int Group)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<string[][]> _groups = [];

    /// <summary>Each group's terms as the editor wrote them (NFC), in the order of <see cref="_groups"/>.</summary>
    private readonly List<string[]> _written = [];

    private SynonymDictionary()
    {
    }

    /// <summary>No synonyms at all.</summary>
    public static SynonymDictionary Empty { get; } = new();

    /// <summary>The groups as folded word lists, in the order written.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Groups => _groups;

    /// <summary>
    /// Parses the editor's text. Blank lines and lines starting with # are skipped. Errors name the line in Vietnamese;
    /// a text with errors gives no dictionary.
    /// </summary>
    public static (SynonymDictionary? Dictionary, IReadOnlyList<string> Errors) Parse(string? text)
    {
        var dictionary = new SynonymDictionary();
        var errors = new List<string>();
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Count(l => !IsSkipped(l)) > MaxLines)
        {
            return (null, [$"Từ điển dài tối đa {MaxLines} dòng."]);
        }
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (IsSkipped(line))
            {
                continue;
            }
            var before = errors.Count;
            var terms = VietnameseText.Nfc(line).Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var folded = new List<string[]>();
            var written = new List<string>();
            foreach (var term in terms)
            {
                var words = VietnameseText.FoldedTokens(term).ToArray();
                if (words.Length == 0)
                {
                    errors.Add($"Dòng {n + 1}: “{term}” không có chữ hoặc số.");
                }
                else if (words.Length > MaxWordsPerTerm)
                {
                    errors.Add($"Dòng {n + 1}: “{term}” dài quá {MaxWordsPerTerm} từ.");
                }
                else if (!folded.Any(f => f.SequenceEqual(words)))
                {
                    folded.Add(words);
                    written.Add(term);
                }
            }
            if (terms.Length > MaxTermsPerLine)
            {
                errors.Add($"Dòng {n + 1}: một nhóm có tối đa {MaxTermsPerLine} cách viết.");
            }
            else if (folded.Count < 2 && errors.Count == before)
            {
                errors.Add($"Dòng {n + 1}: cần ít nhất hai cách viết khác nhau, ngăn cách bằng dấu phẩy.");
            }
            if (errors.Count == before)
            {
                dictionary.AddGroup(folded, written);
            }
        }
        return errors.Count == 0 ? (dictionary, []) : (null, errors);
    }

    /// <summary>
    /// For each word of a query (folded, in order), the other terms (folded word lists) that may stand for it: the
    /// terms of the group of the longest term found at that place in the query.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Expand(IReadOnlyList<string> words)
    {
        var result = new IReadOnlyList<IReadOnlyList<string>>[words.Count];
        Array.Fill(result, []);
        var i = 0;
        while (i < words.Count)
        {
            var best = Longest(words, i);
            if (best.Group < 0)
            {
                i++;
                continue;
            }
            var found = words.Skip(i).Take(best.Length).ToArray();
            var others = _groups[best.Group].Where(t => !t.SequenceEqual(found)).Select(t => (IReadOnlyList<string>)t).ToList();
            for (var k = i; k < i + best.Length; k++)
            {
                result[k] = others;
            }
            i += best.Length;
        }
        return result;
    }

    /// <summary>
    /// The query as typed with its first dictionary term replaced by each other term of the term's group, as the editor
    /// wrote it (at most <paramref name="max"/>; none when the query holds no term). A search that finds nothing tries
    /// these (<c>SearchService</c>): synonyms are matched in titles and summaries only, so "CCCD" alone finds nothing
    /// where "căn cước công dân" is written only in a body, while searching "căn cước công dân" finds it.
    /// </summary>
    public IReadOnlyList<string> Rewrites(string query, int max)
    {
        var text = VietnameseText.Nfc(query);
        var spans = VietnameseText.WordSpans(text).ToList();
        var words = spans.Select(s => VietnameseText.FoldToken(text.Substring(s.Start, s.Length))).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var (length, group) = Longest(words, i);
            if (group < 0)
            {
                continue;
            }
            var found = words.Skip(i).Take(length).ToArray();
            var before = text[..spans[i].Start];
            var after = text[(spans[i + length - 1].Start + spans[i + length - 1].Length)..];
            return _groups[group].Select((t, k) => (Term: t, Written: _written[group][k]))
                .Where(t => !t.Term.SequenceEqual(found))
                .Take(max)
                .Select(t => (before + t.Written + after).Trim())
                .ToList();
        }
        return [];
    }

    /// <summary>The longest term starting at word <paramref name="i"/> and its group (−1: none).</summary>
    private (int Length, int Group) Longest(IReadOnlyList<string> words, int i)
    {
        var best = (Length: 0, Group: -1);
        if (_byFirstWord.TryGetValue(words[i], out var candidates))
        {
            foreach (var (term, group) in candidates)
            {
                if (term.Length > best.Length && i + term.Length <= words.Count && term.AsSpan().SequenceEqual(words.Skip(i).Take(term.Length).ToArray()))
                {
                    best = (term.Length, group);
                }
            }
        }
        return best;
    }

    private static bool IsSkipped(string line) => string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#');

    private void AddGroup(List<string[]> terms, List<string> written)
    {
        var group = _groups.Count;
        _groups.Add([.. terms]);
        _written.Add([.. written]);
        foreach (var term in terms)
        {
            if (!_byFirstWord.TryGetValue(term[0], out var list))
            {
                _byFirstWord[term[0]] = list = [];
            }
            list.Add((term, group));
        }
    }
}
