using ParPortal.Features.Search.Synonyms;
using ParPortal.Text;

namespace ParPortal.Features.Search.Ranking;

/// <summary>One word of a query: canonical-tone exact form, folded form, and its role.</summary>
/// <param name="Exact">Lower-case NFC with the canonical tone placement ("hoà" → "hòa").</param>
/// <param name="Folded">No diacritics, đ → d, lone y after an onset → i.</param>
/// <param name="HasDiacritics">True when typed with a diacritic (or đ), so an exact match can be told from a folded one.</param>
/// <param name="CodeGroup">The code or document number the word belongs to (its index in <see cref="SearchQuery.Codes"/>), or -1.</param>
internal sealed record QueryWord(string Exact, string Folded, bool HasDiacritics, int CodeGroup = -1);

/// <summary>A suggestion prefix: whole words, then the forms of the last, half-typed word.</summary>
internal sealed record SuggestPrefix(IReadOnlyList<string> Words, IReadOnlyList<string> LastForms)
{
    public bool IsEmpty => LastForms.Count == 0;

    /// <summary>The typed text as the beginning of a folded title ("dang ki k"), one per form of the last word.</summary>
    public IEnumerable<string> TitleBeginnings => LastForms.Select(last => string.Join(' ', Words.Append(last)));
}

/// <summary>A code or document number typed in the query: its compact key and its words.</summary>
internal sealed record QueryCode(string Key, IReadOnlyList<string> Words);

/// <summary>
/// A unit that counts towards the minimum-should-match: a content word (with the synonym phrases that may stand for
/// it) or a code (found by its key in the code field, or by its words in the text).
/// </summary>
/// <param name="IsOptional">A word that names the kind of item ("thủ tục", "đường dây nóng"): scored, not counted for the match.</param>
internal sealed record QueryUnit(QueryWord Word, QueryCode? Code, IReadOnlyList<IReadOnlyList<string>> Alternatives, bool IsOptional = false)
{
    public bool IsCode => Code is not null;
}

/// <summary>
/// User query text reduced to safe tokens and the policy's roles. Every engine query is built from these tokens
/// only, so no input (quotes, stars, operators, field syntax, control characters, 10,000 characters) can reach an
/// engine's syntax: there is nothing to escape because nothing is parsed by the engine.
/// </summary>
internal sealed class SearchQuery
{
    private SearchQuery(bool isBlank, IReadOnlyList<QueryWord> words, IReadOnlyList<QueryUnit> units, IReadOnlyList<QueryWord> functionWords,
        IReadOnlyList<QueryCode> codes, IReadOnlyList<IReadOnlyList<string>> runs, IReadOnlySet<string> intents, bool requireAll = false)
    {
        IsBlank = isBlank;
        Words = words;
        Units = units;
        FunctionWords = functionWords;
        Codes = codes;
        Runs = runs;
        Intents = intents;
        var required = units.Count(u => !u.IsOptional);
        MinimumShouldMatch = requireAll ? required : RankingPolicy.MinimumShouldMatch(required);
        Pairs = runs.SelectMany(r => r.Zip(r.Skip(1), (a, b) => (IReadOnlyList<string>)[a, b])).ToList();
        var alternatives = units.SelectMany(u => u.Alternatives).ToList();
        HighlightTerms = new HighlightTerms(
            units.SelectMany(u => u.Code?.Words ?? [u.Word.Folded]).Concat(alternatives.Where(a => a.Count == 1).Select(a => a[0])),
            alternatives.Where(a => a.Count > 1));
    }

    /// <summary>True when the user typed nothing: the search lists items instead.</summary>
    public bool IsBlank { get; }

    /// <summary>True when text was typed but nothing searchable remains (only punctuation, say).</summary>
    public bool IsEmpty => !IsBlank && Units.Count == 0;

    /// <summary>Every word, in query order (at most <see cref="SearchLimits.MaxTokens"/>).</summary>
    public IReadOnlyList<QueryWord> Words { get; }

    /// <summary>What must match, at least <see cref="MinimumShouldMatch"/> of the units that are not optional.</summary>
    public IReadOnlyList<QueryUnit> Units { get; }

    /// <summary>Function and question words: scored a little where they occur, never required.</summary>
    public IReadOnlyList<QueryWord> FunctionWords { get; }

    /// <summary>Codes and document numbers typed (1.001193, 826/KH-UBND).</summary>
    public IReadOnlyList<QueryCode> Codes { get; }

    /// <summary>Runs of two or more adjacent content words (folded), boosted where they occur together.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Runs { get; }

    /// <summary>Each two adjacent words of the runs: proximity graded by how many pairs a title keeps together.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Pairs { get; }

    /// <summary>Content types the query asks for (<see cref="QueryIntent"/>).</summary>
    public IReadOnlySet<string> Intents { get; }

    public int MinimumShouldMatch { get; }

    /// <summary>Folded words and synonym phrases to mark in titles and snippets.</summary>
    public HighlightTerms HighlightTerms { get; }

    /// <param name="requireAll">Every content unit must match (<see cref="SearchRequest.RequireAllWords"/>).</param>
    public static SearchQuery Parse(string? text, SynonymDictionary synonyms, bool requireAll = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchQuery(true, [], [], [], [], [], new HashSet<string>());
        }
        var nfc = VietnameseText.Nfc(text.Length > SearchLimits.MaxQueryChars ? text[..SearchLimits.MaxQueryChars] : text);
        var (words, codes) = Tokenize(nfc);
        var isFunction = Ranking.FunctionWords.Mark(words);
        if (Enumerable.Range(0, words.Count).All(i => isFunction[i] || words[i].CodeGroup >= 0))
        {
            // A query made of function words only ("có không") keeps them as content: there is nothing else to match.
            Array.Clear(isFunction);
        }
        var alternatives = synonyms.Expand(words.Select(w => w.Folded).ToList());
        var namesType = QueryIntent.NamesType(words);
        for (var i = 0; i < words.Count; i++)
        {
            // A type name inside a dictionary term is part of that term: "thủ tục" in "thủ tục hành chính" (TTHC).
            namesType[i] &= alternatives[i].Count == 0;
        }
        if (Enumerable.Range(0, words.Count).All(i => isFunction[i] || namesType[i]))
        {
            // Nothing but type names and function words ("thủ tục", "số điện thoại"): the type names are the content.
            Array.Clear(namesType);
        }

        var units = new List<QueryUnit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var functionWords = new List<QueryWord>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.CodeGroup >= 0)
            {
                if (seen.Add("\u0001" + w.CodeGroup))
                {
                    units.Add(new QueryUnit(w, codes[w.CodeGroup], []));
                }
            }
            else if (isFunction[i])
            {
                functionWords.Add(w);
            }
            else if (seen.Add(w.Folded))
            {
                units.Add(new QueryUnit(w, null, alternatives[i], namesType[i]));
            }
        }

        var runs = new List<IReadOnlyList<string>>();
        var run = new List<string>();
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && words[i].CodeGroup < 0 && !isFunction[i])
            {
                run.Add(words[i].Folded);
                continue;
            }
            if (run.Count >= 2)
            {
                runs.Add(run.ToList());
            }
            run.Clear();
        }
        return new SearchQuery(false, words, units, functionWords, codes, runs, QueryIntent.Detect(words), requireAll);
    }

    /// <summary>
    /// The folded words of a suggestion prefix; the last one is matched as a prefix, in two forms when the i/y rule
    /// changes it (a half-typed "quy" must find "quyết" as well as "quý").
    /// </summary>
    public static SuggestPrefix ParsePrefix(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SuggestPrefix([], []);
        }
        var nfc = VietnameseText.Nfc(text.Length > SearchLimits.MaxQueryChars ? text[..SearchLimits.MaxQueryChars] : text);
        var raw = VietnameseText.WordSpans(nfc).Take(SearchLimits.MaxTokens).Select(s => nfc.Substring(s.Start, Math.Min(s.Length, MaxWordChars))).ToList();
        if (raw.Count == 0)
        {
            return new SuggestPrefix([], []);
        }
        var words = raw.Select(VietnameseText.FoldToken).ToList();
        var lastForms = new[] { words[^1], VietnameseText.Fold(raw[^1]) }.Distinct(StringComparer.Ordinal).ToList();
        return new SuggestPrefix(words[..^1], lastForms);
    }

    /// <summary>Longer words are cut: no Vietnamese syllable or code comes near it, and terms stay small.</summary>
    private const int MaxWordChars = 64;

    private static (List<QueryWord> Words, List<QueryCode> Codes) Tokenize(string nfc)
    {
        // A code or document number is a whitespace-separated chunk that starts with a digit and has either inner
        // punctuation (1.001193, 826/KH-UBND) or at least six letters and digits; a bare year ("2024") or a short
        // number ("1022") is a word, and so is a word with a digit stuck to it ("sinh\"^4", "I/2026").
        var words = new List<QueryWord>();
        var codes = new List<QueryCode>();
        var i = 0;
        while (i < nfc.Length && words.Count < SearchLimits.MaxTokens)
        {
            if (char.IsWhiteSpace(nfc[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < nfc.Length && !char.IsWhiteSpace(nfc[i]))
            {
                i++;
            }
            var chunk = nfc[start..i];
            var spans = VietnameseText.WordSpans(chunk).ToList();
            var key = VietnameseText.CodeKey(chunk);
            var group = -1;
            if (codes.Count < MaxCodes && spans.Count > 0 && char.IsDigit(chunk[spans[0].Start]) && key.Length is >= 3 and <= MaxWordChars
                && (spans.Count > 1 || key.Length >= 6))
            {
                group = codes.Count;
                codes.Add(new QueryCode(key, spans.Select(s => VietnameseText.FoldToken(chunk.Substring(s.Start, s.Length))).ToList()));
            }
            foreach (var (s, l) in spans.Take(SearchLimits.MaxTokens - words.Count))
            {
                var word = chunk.Substring(s, Math.Min(l, MaxWordChars));
                var exact = VietnameseText.ExactToken(word);
                words.Add(new QueryWord(exact, VietnameseText.FoldToken(word), VietnameseText.Fold(exact) != exact, group));
            }
        }
        return (words, codes);
    }

    /// <summary>Codes looked up per query: each is a prefix search on the code field.</summary>
    private const int MaxCodes = 4;
}
