using ParPortal.Text;

namespace ParPortal.Features.Search;

/// <summary>
/// User query text reduced to safe tokens. Every engine query is built from these tokens only, so no input
/// (quotes, stars, NEAR, minus, colons, control characters, 2,000 characters) can reach the engine's syntax.
/// </summary>
internal sealed class SearchQuery
{
    private SearchQuery(IReadOnlyList<string> exact, IReadOnlyList<string> folded, IReadOnlyList<string> codeKeys, bool isBlank)
    {
        Exact = exact;
        Folded = folded;
        CodeKeys = codeKeys;
        IsBlank = isBlank;
    }

    /// <summary>Lower-case NFC words with canonical tones, in query order.</summary>
    public IReadOnlyList<string> Exact { get; }

    /// <summary>The same words folded (no diacritics, đ → d, lone y → i).</summary>
    public IReadOnlyList<string> Folded { get; }

    /// <summary>Compact keys of parts that look like codes or document numbers (they contain a digit).</summary>
    public IReadOnlyList<string> CodeKeys { get; }

    /// <summary>True when the user typed nothing: the search lists items instead.</summary>
    public bool IsBlank { get; }

    /// <summary>True when text was typed but nothing searchable remains (only punctuation, say).</summary>
    public bool IsEmpty => !IsBlank && Folded.Count == 0 && CodeKeys.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchQuery([], [], [], true);
        }
        if (text.Length > SearchLimits.MaxQueryChars)
        {
            text = text[..SearchLimits.MaxQueryChars];
        }
        var nfc = VietnameseText.Nfc(text);
        var words = VietnameseText.WordSpans(nfc)
            .Select(s => nfc.Substring(s.Start, Math.Min(s.Length, 64)))
            .Take(SearchLimits.MaxTokens)
            .ToList();
        var exact = words.Select(VietnameseText.ExactToken).ToList();
        var folded = words.Select(VietnameseText.FoldToken).ToList();

        var codeKeys = new List<string>();
        foreach (var chunk in nfc.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Append(nfc))
        {
            // A code or document number has a digit and either punctuation (1.001193, 826/KH-UBND) or length;
            // a bare year like "2024" is a word, because a prefix search for it would touch most of the index.
            if (chunk.Any(char.IsDigit) && (chunk.IndexOfAny(['.', '/', '-']) > 0 || VietnameseText.CodeKey(chunk).Length >= 6))
            {
                var key = VietnameseText.CodeKey(chunk);
                if (key.Length >= 3 && key.Length <= 64 && !codeKeys.Contains(key))
                {
                    codeKeys.Add(key);
                }
            }
            if (codeKeys.Count == 4)
            {
                break;
            }
        }
        return new SearchQuery(exact, folded, codeKeys, false);
    }

    /// <summary>Parses a suggestion prefix: the folded words, the last one to be matched as a prefix.</summary>
    public static IReadOnlyList<string> ParsePrefix(string? text)
    {
        var query = Parse(text);
        return query.IsBlank ? [] : query.Folded;
    }
}
