using ParPortal.Text;

namespace ParPortal.Features.Search.Ranking;

/// <summary>
/// Vietnamese function and question words ("ở đâu", "có cần … không", "như thế nào", "khi", "thì", "được không"). They
/// never decide whether an item matches: a citizen's question keeps its content words required and these only add a
/// little to the score where they occur. Typed with diacritics, a word is compared exactly; typed without, only folded
/// forms that rarely stand for a content word in this domain count ("cua" is "cửa" in "một cửa" as often as "của",
/// so it is not here; "dau" is covered by the phrase "o dau" only, because "đầu tư" is common). "sao" and "thế" are
/// function words only inside question phrases ("làm sao", "thế nào"): alone they are "bản sao", "thế chấp".
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Exact = new(
        """
        ở đâu có cần không như nào khi thì được là gì của và cho tôi em mình muốn làm nhiêu lâu mấy ai phải
        những các với để về ạ nhé hả à vậy xin hỏi giúp ơi bị đã sẽ đang này đó kia mà nên rồi chưa hay hoặc nếu tại
        trong theo từ đến nơi chỗ đi ra vào cũng vẫn rất bạn anh chị ông bà họ mọi
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(VietnameseText.ExactToken), StringComparer.Ordinal);

    private static readonly HashSet<string> Folded = new(
        """
        o khong nao khi duoc la gi va toi muon lam nhieu lau ai phai nhung cac voi ve a nhe xin giup oi
        bi se nay nen roi chua hay hoac neu trong theo den ra vao rat co can em
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Question phrases whose every word is a function word, whatever the single-word lists say ("bao nhiêu", "ở đâu").</summary>
    private static readonly IReadOnlyList<string[]> Phrases =
        """
        bao nhiêu; bao lâu; mất bao lâu; ở đâu; như thế nào; thế nào; làm sao; tại sao; vì sao; ra sao; làm thế nào;
        được không; có phải; là gì; những gì; cần gì; khi nào; bao giờ; ở chỗ nào; nơi nào; như vậy
        """.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => VietnameseText.FoldedTokens(p).ToArray()).ToList();

    /// <summary>Marks the function words of a query, given its words in order.</summary>
    public static bool[] Mark(IReadOnlyList<QueryWord> words)
    {
        var marks = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            marks[i] = w.HasDiacritics ? Exact.Contains(w.Exact) : Folded.Contains(w.Folded);
        }
        foreach (var phrase in Phrases)
        {
            // A word that is content elsewhere ("bao" of "báo cáo" typed without diacritics) is a function word
            // inside a question phrase.
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (Enumerable.Range(0, phrase.Length).All(k => words[i + k].Folded == phrase[k]))
                {
                    for (var k = 0; k < phrase.Length; k++)
                    {
                        marks[i + k] = true;
                    }
                }
            }
        }
        return marks;
    }
}
