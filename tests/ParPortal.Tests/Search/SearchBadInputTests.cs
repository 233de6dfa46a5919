using System.Text;
using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

/// <summary>
/// Any query text gives results or an empty list on either engine: no exception, no parse error, no engine syntax
/// (Lucene's, tsquery's, SQL's) reaching the engine. Queries are built from tokens by our code, never parsed.
/// </summary>
public class SearchBadInputTests(SearchCorpusDatabase db) : IClassFixture<SearchCorpusDatabase>
{
    public static TheoryData<string> OddQueries()
    {
        var data = new TheoryData<string>
        {
            "*:*", "*", "?", "title:x", "tf:thu", "a~", "thu~2", "\"thu tuc\"~3", "[a TO z]", "{a TO z}", "a^10", "+thu -tuc", "thu AND tuc OR NOT",
            "(((", ")))", "\"", "\"\"\"", "\\", "\\\\\\", "/regex/", "thu* tuc?", "field:\"quoted value\"", "_exists_:title",
            "a & b", "a | !b", "a <-> b", "a <2> b", "thu:*", "thu:A", "'thu'", "''", "!", "&", "<->", ":*", "(a | b) & !(c)",
            "'; DROP TABLE search_documents; --", "\" OR 1=1 --", "%", "_", "%_%", "$1", "@p", "\0", "đất\0đai",
            "\u0001\u0002\u001b\u007f", "\u200b\u200c\u200d", "\u202e\u202d", "a\ud800", "b\udfff", "😀 thủ tục 😀", "ﷺ", "漢字 thủ tục",
            "NEAR(a b)", "tx:thủ", "a AND OR NOT", "-thủ -tục", "1.", ".1", "1/", "/", "-", "1.2.3.4.5.6.7.8.9.0", "0", "00000000000000000000",
            "1022", "18001096", "PAR INDEX", "CCCD", "\t\r\n", "thủ tục".Normalize(NormalizationForm.FormD) + "\u0301\u0301\u0301",
        };
        data.Add(string.Concat(Enumerable.Repeat("thủ tục \"*:- ", 1000)));
        data.Add(new string('a', 10_000));
        data.Add(string.Join(' ', Enumerable.Range(0, 200).Select(i => "từ" + i)));
        data.Add(string.Join(' ', Enumerable.Range(0, 50).Select(i => $"{i}.{i:000000}")));
        // Random text from a fixed seed: letters, marks, digits and every ASCII punctuation and control character.
        var random = new Random(20261206);
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạ\u0300\u0301\u0303\u0309\u0323 0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t\n\u0000\u0007";
        for (var i = 0; i < 40; i++)
        {
            data.Add(new string(Enumerable.Range(0, random.Next(1, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OddQueries))]
    public async Task Search_AnswersWithResultsOrNothing_WhenQueryIsOdd(string query)
    {
        foreach (var request in new[]
        {
            new SearchRequest(query),
            new SearchRequest(query, Types: ["Procedure", "' OR 1=1"], Topics: ["*:*"], Year: 2025, Unit: "\"", Page: 3, PageSize: 7),
            new SearchRequest(query, IncludeDrafts: true, Page: int.MaxValue, PageSize: int.MinValue),
        })
        {
            var results = await db.SearchAsync(request);
            Assert.True(results.Total >= results.Hits.Count);
            Assert.All(results.Hits, h => Assert.DoesNotContain("<script", h.SnippetHtml, StringComparison.OrdinalIgnoreCase));
        }
        Assert.NotNull(await db.SuggestAsync(query, 8));
    }

    [Fact]
    public async Task Search_StillFindsTheWords_WhenTheyAreWrappedInEngineSyntax()
    {
        var plain = await db.SearchAsync(new SearchRequest("khai sinh"));

        foreach (var wrapped in new[] { "title:khai~ sinh*", "+khai -sinh", "\"khai sinh\"^4", "(khai AND sinh)", "khai & sinh:*", "[khai TO sinh]" })
        {
            var results = await db.SearchAsync(new SearchRequest(wrapped));
            Assert.Equal(plain.Hits[0].ItemId, results.Hits[0].ItemId);
        }
    }
}
