using ParPortal.Text;

namespace ParPortal.Features.Search;

/// <summary>
/// What a search marks in titles and snippets: its folded words wherever they occur, and each synonym of two or more
/// words only where the whole phrase occurs, as it matched ("bằng lái" marks "bằng lái", not the "bằng" of "vận tải
/// bằng xe ô tô").
/// </summary>
internal sealed class HighlightTerms(IEnumerable<string> words, IEnumerable<IReadOnlyList<string>> phrases)
{
    private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);
    private readonly IReadOnlyList<IReadOnlyList<string>> _phrases = phrases.Where(p => p.Count > 0).ToList();

    /// <summary>Which of the text's words (<paramref name="spans"/>, in order) are marked.</summary>
    public bool[] Marks(string text, IReadOnlyList<(int Start, int Length)> spans)
    {
        var folded = spans.Select(s => WordKeys.Get(text.Substring(s.Start, s.Length)).Folded).ToArray();
        var marks = new bool[folded.Length];
        for (var i = 0; i < folded.Length; i++)
        {
            marks[i] |= _words.Contains(folded[i]);
            foreach (var phrase in _phrases)
            {
                if (At(folded, i, phrase))
                {
                    Array.Fill(marks, true, i, phrase.Count);
                }
            }
        }
        return marks;
    }

    private static bool At(string[] folded, int start, IReadOnlyList<string> phrase)
    {
        if (start + phrase.Count > folded.Length)
        {
            return false;
        }
        for (var k = 0; k < phrase.Count; k++)
        {
            if (!string.Equals(folded[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
