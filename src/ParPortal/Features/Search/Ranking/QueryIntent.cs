using ParPortal.Content;
using ParPortal.Text;

namespace ParPortal.Features.Search.Ranking;

/// <summary>
/// What kind of item a query asks for, from the words it uses: a procedure verb or paper ("cấp", "đăng ký", "gia hạn",
/// "đổi", "giấy phép", "lệ phí") asks for a Procedure; a phone or hotline word, or a short phone number ("1022"), for a
/// Hotline; an index name ("PAR INDEX", "SIPAS", "PCI", "PAPI", "chỉ số") for an IndexResult; a kind of directive
/// document ("nghị định", "kế hoạch", "quyết định") for a Document. Intent only multiplies the score of items of that
/// type (<see cref="RankingPolicy.IntentFactor"/>): it reorders what matched, never adds or removes a match.
/// Words that only name the kind of item ("thủ tục", "văn bản", "đường dây nóng", "số điện thoại", "gọi") are rarely
/// in the item's own text ("gọi đường dây nóng nào khi công chức có thái độ không đúng"), so they do not count
/// towards the minimum-should-match (<see cref="NamesType"/>); they still score where they occur.
/// </summary>
internal static class QueryIntent
{
    private static readonly (string Type, string[][] Triggers)[] Rules =
    [
        (ContentTypes.Procedure, Parse("thủ tục; hồ sơ; lệ phí; phí; giấy phép; giấy chứng nhận; chứng chỉ; cấp; cấp lại; cấp đổi; đăng ký; gia hạn; đổi; chứng thực; thẩm định; chấp thuận; công nhận; xin; nộp; làm")),
        (ContentTypes.Hotline, Parse("đường dây nóng; hotline; điện thoại; số điện thoại; sđt; gọi; liên hệ; tổng đài; phản ánh; kiến nghị")),
        (ContentTypes.IndexResult, Parse("chỉ số; par index; parindex; sipas; pci; papi; dti; ddci; xếp hạng")),
        (ContentTypes.Document, Parse("nghị định; quyết định; thông tư; kế hoạch; công văn; báo cáo; chỉ thị; nghị quyết; văn bản; luật")),
    ];

    /// <summary>
    /// Compounds in which a trigger word means something else: "đổi" of "chuyển đổi số", "thay đổi", "đổi mới" is not the
    /// exchange of a licence, and "cấp" of "cấp xã", "các cấp" is a level, not an issue. A trigger found only inside one
    /// of these does not count ("chuyển đổi số" had procedures about converting certificates above its articles).
    /// </summary>
    private static readonly string[][] Compounds = Parse(
        "chuyển đổi; thay đổi; đổi mới; trao đổi; biến đổi; cấp xã; cấp tỉnh; cấp huyện; cấp bộ; cấp cơ sở; các cấp; cấp ủy; cấp trên; cấp dưới; cấp độ; làm việc");

    private static readonly string[][] TypeNames = Parse("thủ tục; văn bản; đường dây nóng; hotline; số điện thoại; điện thoại; sđt; gọi; tổng đài; liên hệ");

    /// <summary>For each word, true when it belongs to a phrase that only names the kind of item asked for.</summary>
    public static bool[] NamesType(IReadOnlyList<QueryWord> words)
    {
        var marks = new bool[words.Count];
        foreach (var name in TypeNames)
        {
            for (var i = 0; i + name.Length <= words.Count; i++)
            {
                if (Matches(words, i, name))
                {
                    Array.Fill(marks, true, i, name.Length);
                }
            }
        }
        return marks;
    }

    /// <summary>The content types the query asks for (none, one or several).</summary>
    public static IReadOnlySet<string> Detect(IReadOnlyList<QueryWord> words)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (type, triggers) in Rules)
        {
            if (triggers.Any(t => Contains(words, t)))
            {
                types.Add(type);
            }
        }
        // A number of 3 to 5 digits that is not a year is a short hotline number ("1022", "111"); 8 to 11 digits, a phone.
        if (words.Any(w => w.Folded.All(char.IsAsciiDigit) && w.Folded.Length is (>= 3 and <= 5) or (>= 8 and <= 11) && !IsYear(w.Folded)))
        {
            types.Add(ContentTypes.Hotline);
        }
        return types;
    }

    private static bool IsYear(string digits) => digits.Length == 4 && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is >= 1945 and <= 2100;

    /// <summary>
    /// True when the words hold the trigger. A word typed with diacritics must match the trigger's diacritics ("đối"
    /// is not "đổi"). Typed without diacritics, a trigger of two or more words matches folded ("giay phep"), but a
    /// one-word trigger only when it has no diacritics itself ("pci"): "doi" is "đổi" as often as "đội", "đối", "đời".
    /// </summary>
    private static bool Contains(IReadOnlyList<QueryWord> words, string[] trigger) =>
        Enumerable.Range(0, Math.Max(0, words.Count - trigger.Length + 1)).Any(i => Matches(words, i, trigger) && !InCompound(words, i, trigger.Length));

    /// <summary>True when the words from <paramref name="at"/> lie inside one of the <see cref="Compounds"/>.</summary>
    private static bool InCompound(IReadOnlyList<QueryWord> words, int at, int length)
    {
        foreach (var compound in Compounds)
        {
            // Every start from which the compound covers the words at..at+length-1.
            for (var start = Math.Max(0, at + length - compound.Length); start <= at && start + compound.Length <= words.Count; start++)
            {
                if (Matches(words, start, compound))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool Matches(IReadOnlyList<QueryWord> words, int at, string[] trigger)
    {
        for (var k = 0; k < trigger.Length; k++)
        {
            var w = words[at + k];
            var folded = VietnameseText.FoldToken(trigger[k]);
            if (w.HasDiacritics ? w.Exact != trigger[k] : w.Folded != folded || (trigger.Length == 1 && folded != trigger[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static string[][] Parse(string list) =>
        list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => VietnameseText.ExactTokens(p).ToArray()).ToArray();
}
