using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ParPortal.Features.Search.Ranking;
using F = ParPortal.Features.Search.Embedded.LuceneFields;

namespace ParPortal.Features.Search.Embedded;

/// <summary>
/// Renders <see cref="RankingPolicy"/> as a Lucene query, built programmatically from the query's tokens (never
/// through QueryParser, so no user text is ever read as query syntax):
/// <code>
///   Intent × ( MUST  [ at least m of: per unit, the best of its fields (BM25 × field weight) or synonyms ]
///              SHOULD optional units, function words in titles, title pairs, runs as title phrases and in the body )
/// </code>
/// </summary>
internal sealed class LuceneQueryBuilder(IndexReader reader)
{
    private readonly ConcurrentDictionary<Term, TermContext> _contexts = [];

    /// <summary>
    /// The term's postings in every segment, looked up once per search: the match, the title tier and the rescoring
    /// each build a weight over the same terms, and each lookup otherwise seeks the term in every segment again.
    /// Segments searched on several threads (<see cref="LuceneParallel"/>) may ask at once.
    /// </summary>
    public TermContext Context(Term term) => _contexts.GetOrAdd(term, t => TermContext.Build(reader.Context, t));

    /// <summary>
    /// The match, cheaply scored: at least m units by their literal words (the best of exact title, folded title and
    /// text, or the code), or, when the dictionary offered synonyms, at least m units by their words or synonyms in the
    /// title and summary; plus the title pairs. PostgreSQL matches the same two ways. Every document it matches is
    /// matched by <see cref="Build"/>, so its total and facets are the policy's; its order only picks the candidates
    /// that <see cref="Build"/> then scores in full, so it keeps what decides most orders: title words, typed
    /// diacritics and adjacency in titles.
    /// </summary>
    public MatchQuery BuildMatch(SearchQuery query)
    {
        var required = query.Units.Where(u => !u.IsOptional).ToList();
        var literal = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = query.MinimumShouldMatch };
        var units = new List<Query>();
        foreach (var unit in required)
        {
            var clause = unit.Code is { } code ? CodeQuery(code) : LiteralQuery(unit.Word);
            units.Add(clause);
            literal.Add(clause, Occur.SHOULD);
        }
        Query match = literal;
        if (required.Any(u => u.Alternatives.Count > 0))
        {
            var head = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = query.MinimumShouldMatch };
            for (var i = 0; i < required.Count; i++)
            {
                var unit = required[i];
                var clause = unit.Code is { } code ? HeadPhrase(code.Words) : HeadQuery(unit);
                head.Add(clause, Occur.SHOULD);
                if (unit.Alternatives.Count > 0)
                {
                    // A synonym in a title counts for the title tier as the word would ("thủ tục hành chính" for
                    // "TTHC"); the same clause object, so its documents are read once for the match and the tier.
                    units[i] = new DisjunctionMaxQuery(0f) { units[i], clause };
                }
            }
            match = new BooleanQuery(disableCoord: true) { { literal, Occur.SHOULD }, { head, Occur.SHOULD } };
        }
        if (query.Pairs.Count == 0)
        {
            return new MatchQuery(match, units);
        }
        var top = new BooleanQuery(disableCoord: true) { { match, Occur.MUST } };
        foreach (var pair in query.Pairs)
        {
            top.Add(Phrase(F.TitleFolded, pair, 0, RankingPolicy.TitlePair), Occur.SHOULD);
        }
        return new MatchQuery(top, units);
    }

    /// <summary>A word by itself, wherever it is: exact title (when typed with diacritics), folded title, text.</summary>
    private Query LiteralQuery(QueryWord w)
    {
        var best = new DisjunctionMaxQuery(0f);
        if (w.HasDiacritics)
        {
            best.Add(Term(F.TitleExact, w.Exact, RankingPolicy.TitleExact));
        }
        best.Add(Term(F.TitleFolded, w.Folded, RankingPolicy.TitleFolded));
        best.Add(Term(F.Text, w.Folded, RankingPolicy.BodyFolded));
        return best;
    }

    /// <summary>A word or one of its synonyms in the title or summary.</summary>
    private Query HeadQuery(QueryUnit unit)
    {
        var best = new DisjunctionMaxQuery(0f)
        {
            Term(F.TitleFolded, unit.Word.Folded, RankingPolicy.TitleFolded),
            Term(F.SummaryFolded, unit.Word.Folded, RankingPolicy.SummaryFolded),
        };
        AddAlternatives(best, unit);
        return best;
    }

    private Query HeadPhrase(IReadOnlyList<string> words) =>
        new DisjunctionMaxQuery(0f) { Phrase(F.TitleFolded, words, 0, RankingPolicy.TitleFolded), Phrase(F.SummaryFolded, words, 0, RankingPolicy.SummaryFolded) };

    /// <summary>The whole policy, for scoring candidates (and for matching, when every match is to be scored).</summary>
    public Query Build(SearchQuery query)
    {
        var match = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = query.MinimumShouldMatch };
        var top = new BooleanQuery(disableCoord: true) { { match, Occur.MUST } };
        foreach (var unit in query.Units)
        {
            // Optional units (words naming the kind of item) score like the others but do not count for the match.
            (unit.IsOptional ? top : match).Add(unit.Code is { } code ? CodeQuery(code) : WordQuery(unit), Occur.SHOULD);
        }
        foreach (var word in query.FunctionWords)
        {
            top.Add(Term(F.TitleFolded, word.Folded, RankingPolicy.FunctionWord), Occur.SHOULD);
        }
        foreach (var pair in query.Pairs)
        {
            top.Add(Phrase(F.TitleFolded, pair, 0, RankingPolicy.TitlePair), Occur.SHOULD);
        }
        foreach (var run in query.Runs)
        {
            if (run.Count >= 3)
            {
                top.Add(Phrase(F.TitleFolded, run, 0, RankingPolicy.TitlePhrase), Occur.SHOULD);
            }
            top.Add(Phrase(F.Text, run, RankingPolicy.BodyPhraseSlop, RankingPolicy.BodyPhrase), Occur.SHOULD);
        }
        return query.Intents.Count == 0 ? top : new IntentScoreQuery(top, query.Intents.Select(F.TypeNumberOf).ToHashSet());
    }

    /// <summary>A content word: the best of exact title, folded title, exact summary, folded summary, text, or a synonym.</summary>
    private Query WordQuery(QueryUnit unit)
    {
        var w = unit.Word;
        var best = new DisjunctionMaxQuery(0f);
        if (w.HasDiacritics)
        {
            best.Add(Term(F.TitleExact, w.Exact, RankingPolicy.TitleExact));
            best.Add(Term(F.SummaryExact, w.Exact, RankingPolicy.SummaryExact));
        }
        best.Add(Term(F.TitleFolded, w.Folded, RankingPolicy.TitleFolded));
        best.Add(Term(F.SummaryFolded, w.Folded, RankingPolicy.SummaryFolded));
        best.Add(Term(F.Text, w.Folded, RankingPolicy.BodyFolded));
        AddAlternatives(best, unit);
        return best;
    }

    /// <summary>
    /// A unit's synonyms, looked for in titles and summaries, where an item names what it is about (a phrase of common
    /// words tested through every body cost more than the rest of the query on both engines). Each scores as a plain
    /// presence with the literal word's idf, times the synonym share, so a phrase of several rare words ("căn cước
    /// công dân" for "CCCD") never outweighs the word the user typed.
    /// </summary>
    private void AddAlternatives(DisjunctionMaxQuery best, QueryUnit unit)
    {
        if (unit.Alternatives.Count == 0)
        {
            return;
        }
        var idf = (float)Idf(unit.Word.Folded);
        foreach (var alternative in unit.Alternatives)
        {
            best.Add(Constant(Phrase(F.TitleFolded, alternative, 0, 1), idf * RankingPolicy.TitleFolded * RankingPolicy.Synonym));
            best.Add(Constant(Phrase(F.SummaryFolded, alternative, 0, 1), idf * RankingPolicy.SummaryFolded * RankingPolicy.Synonym));
        }
    }

    /// <summary>A code: the code field whole or as a prefix, or its words next to each other in the title or text.</summary>
    private Query CodeQuery(QueryCode code)
    {
        var best = new DisjunctionMaxQuery(0f)
        {
            Constant(new TermQuery(new Term(F.Code, code.Key)), RankingPolicy.CodeExact),
            Constant(new PrefixQuery(new Term(F.Code, code.Key)), RankingPolicy.CodePrefix),
            Phrase(F.TitleFolded, code.Words, 0, RankingPolicy.TitleFolded),
            Phrase(F.Text, code.Words, 0, RankingPolicy.BodyFolded),
        };
        return best;
    }

    /// <summary>The word's idf as the searcher's similarity computes it: its documents anywhere (title or text).</summary>
    private double Idf(string word) =>
        RankingPolicy.Idf(Math.Max(reader.DocFreq(new Term(F.TitleFolded, word)), reader.DocFreq(new Term(F.Text, word))), Math.Max(1, reader.NumDocs));

    private Query Term(string field, string word, float boost)
    {
        var term = new Term(field, word);
        return new TermQuery(term, Context(term)) { Boost = boost };
    }

    private static Query Constant(Query query, float boost) => new ConstantScoreQuery(query) { Boost = boost };

    /// <summary>Words in order (a term query for one word); <paramref name="slop"/> words may come between them.</summary>
    private Query Phrase(string field, IReadOnlyList<string> words, int slop, float boost)
    {
        if (words.Count == 1)
        {
            return Term(field, words[0], boost);
        }
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }
        return phrase;
    }
}

/// <summary>The match query and its required units' literal clauses (the title tier counts these in titles).</summary>
internal sealed record MatchQuery(Query Query, IReadOnlyList<Query> Units);
