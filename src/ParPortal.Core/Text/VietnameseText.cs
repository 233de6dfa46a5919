using System.Globalization;
using System.Text;

namespace ParPortal.Text;

/// <summary>
/// Pure Vietnamese text helpers used by search and slugs: Unicode NFC, one canonical tone placement,
/// diacritic folding (đ → d included) and tokenisation into syllables.
/// </summary>
/// <remarks>
/// Canonical tone placement is the traditional one used by most government text and by default keyboard
/// settings: in an open syllable with the glides oa, oe, uy the tone sits on the first vowel ("hòa", "khỏe",
/// "thủy"); with a final consonant it sits on the last vowel ("hoàng"); a vowel with a hat, breve or horn
/// always carries it ("thuyền", "người"); "qu" and "gi" are onsets ("quý", "già").
/// i/y: the exact form never changes spelling ("lý" stays "lý"). Only the folded search key treats a lone
/// "y" after a consonant onset as "i" (lý/lí, kỹ/kĩ, quy/qui, mỹ/mĩ), because both spellings are official
/// and people type either; a leading "y" ("y tế") and "y" in a vowel cluster ("tuyển") are left alone.
/// </remarks>
public static class VietnameseText
{
    private const string Vowels = "aăâeêioôơuưy";
    private const string HatVowels = "ăâêôơư";

    /// <summary>Returns the text in Unicode normalisation form C (composed).</summary>
    public static string Nfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Returns NFC text in which every Vietnamese syllable carries its tone mark in the canonical place
    /// (see the type remarks). Case and everything that is not a Vietnamese syllable are preserved.
    /// </summary>
    public static string NormalizeTones(string text)
    {
        var nfc = Nfc(text);
        var sb = new StringBuilder(nfc.Length);
        foreach (var (start, length) in WordSpans(nfc))
        {
            sb.Append(nfc, sb.Length, start - sb.Length);
            sb.Append(NormalizeSyllable(nfc.Substring(start, length)));
        }
        sb.Append(nfc, sb.Length, nfc.Length - sb.Length);
        return sb.ToString();
    }

    /// <summary>NFC, lower-case, every diacritic removed and đ/Đ mapped to d: "Thủ tục ĐẤT ĐAI" → "thu tuc dat dai".</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Splits text into word spans: runs of letters, digits and combining marks holding at least one letter or digit.
    /// Everything else (spaces, punctuation, symbols, control characters) separates words. Offsets refer to the string as given.
    /// </summary>
    public static IEnumerable<(int Start, int Length)> WordSpans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var letters = false;
            while (i < text.Length && IsWordChar(text[i]))
            {
                letters |= char.IsLetterOrDigit(text[i]);
                i++;
            }
            // Combining marks with no letter to sit on are not a word (they would fold to an empty token).
            if (letters)
            {
                yield return (start, i - start);
            }
        }
    }

    /// <summary>Exact search tokens: NFC, canonical tones, lower-case ("Hoà Bình" → "hòa", "bình").</summary>
    public static IReadOnlyList<string> ExactTokens(string text)
    {
        var normalized = NormalizeTones(text);
        return WordSpans(normalized).Select(s => ExactToken(normalized.Substring(s.Start, s.Length))).ToList();
    }

    /// <summary>Folded search tokens: the exact tokens folded, with the i/y rule ("Lý lịch" → "li", "lich").</summary>
    public static IReadOnlyList<string> FoldedTokens(string text)
    {
        var nfc = Nfc(text);
        return WordSpans(nfc).Select(s => FoldToken(nfc.Substring(s.Start, s.Length))).ToList();
    }

    /// <summary>The exact key of one word: canonical tones, lower-case, NFC.</summary>
    public static string ExactToken(string word) =>
        NormalizeSyllable(Nfc(word)).ToLowerInvariant();

    /// <summary>The folded key of one word: <see cref="Fold"/> plus the lone-y-after-onset → i rule.</summary>
    public static string FoldToken(string word)
    {
        var folded = Fold(word);
        // "ly", "ky", "my", "sy", "quy", "thy": one consonant onset then a final lone y.
        if (folded.Length >= 2 && folded[^1] == 'y')
        {
            var onset = folded[..^1];
            if (onset == "qu" || onset.All(c => c is >= 'a' and <= 'z' && !Vowels.Contains(c)))
            {
                return onset + "i";
            }
        }
        return folded;
    }

    /// <summary>
    /// The key that typed filters compare against: the folded words (<see cref="FoldToken"/>) separated by single
    /// spaces, with a space before the first and after the last ("Cấp Giấy phép" → " cap giay phep "). A filter
    /// matches when every folded word it was given starts a word of the key (<c>key.Contains(" " + word)</c>), so
    /// "giay phep xay d" finds "Cấp giấy phép xây dựng" whatever diacritics, case and word order were typed.
    /// </summary>
    public static string SearchKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var nfc = Nfc(text);
        var sb = new StringBuilder(nfc.Length + 2).Append(' ');
        foreach (var (start, length) in WordSpans(nfc))
        {
            sb.Append(FoldToken(nfc.Substring(start, length))).Append(' ');
        }
        return sb.Length == 1 ? "" : sb.ToString();
    }

    /// <summary>
    /// The words a typed filter looks for in a <see cref="SearchKey"/>, each with a leading space (a word start), at
    /// most 16. The last word may be half typed, so it comes with an alternative without the i/y rule: "quy" must
    /// find "quyết" (" quy") as well as "quý" (" qui"). For the other words both forms are the same.
    /// </summary>
    public static IReadOnlyList<(string Word, string Alternative)> SearchKeyWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var nfc = Nfc(text);
        var words = WordSpans(nfc).Take(16).Select(s => nfc.Substring(s.Start, s.Length)).ToList();
        return words.Select((w, i) => (" " + FoldToken(w), " " + (i == words.Count - 1 ? Fold(w) : FoldToken(w))))
            .Distinct().ToList();
    }

    /// <summary>A compact key for codes and document numbers: folded letters and digits only ("826/KH-UBND" → "826khubnd").</summary>
    public static string CodeKey(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var folded = Fold(code);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsToneMark(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    private static string NormalizeSyllable(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var tone = '\0';
        var toneCount = 0;
        var stripped = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (IsToneMark(c))
            {
                tone = c;
                toneCount++;
            }
            else
            {
                stripped.Append(c);
            }
        }
        if (toneCount != 1)
        {
            // No tone: nothing to move. Several tones: not a Vietnamese syllable; leave it as typed.
            return word;
        }
        var bare = stripped.ToString().Normalize(NormalizationForm.FormC);
        var position = TonePosition(bare.ToLowerInvariant());
        if (position < 0)
        {
            return word;
        }
        var marked = (bare[position].ToString().Normalize(NormalizationForm.FormD) + tone)
            .Normalize(NormalizationForm.FormC);
        return (bare[..position] + marked + bare[(position + 1)..]).Normalize(NormalizationForm.FormC);
    }

    /// <summary>Index of the vowel that carries the tone in a toneless lower-case NFC syllable, or -1.</summary>
    private static int TonePosition(string s)
    {
        var first = -1;
        for (var k = 0; k < s.Length; k++)
        {
            if (Vowels.Contains(s[k]))
            {
                first = k;
                break;
            }
        }
        if (first < 0)
        {
            return -1;
        }
        var i = first;
        if (s.StartsWith("qu", StringComparison.Ordinal) && s.Length > 2 && Vowels.Contains(s[2]))
        {
            i = 2;
        }
        else if (s.StartsWith("gi", StringComparison.Ordinal) && first == 1 && s.Length > 2 && Vowels.Contains(s[2]))
        {
            i = 2;
        }
        var j = i;
        while (j < s.Length && Vowels.Contains(s[j]))
        {
            j++;
        }
        for (var k = j; k < s.Length; k++)
        {
            if (Vowels.Contains(s[k]) || !char.IsLetter(s[k]))
            {
                return -1; // Two vowel groups or digits inside: not one Vietnamese syllable.
            }
        }
        var length = j - i;
        if (length > 3)
        {
            return -1;
        }
        for (var k = j - 1; k >= i; k--)
        {
            if (HatVowels.Contains(s[k]))
            {
                return k;
            }
        }
        if (length == 1)
        {
            return i;
        }
        if (j < s.Length)
        {
            return j - 1; // Closed syllable: "hoàng", "thuận".
        }
        return length == 2 ? i : i + 1; // "hòa", "thủy", "khỏe"; "ngoài", "khuỷu".
    }
}
