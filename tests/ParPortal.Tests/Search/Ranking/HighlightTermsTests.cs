using ParPortal.Features.Search;
using ParPortal.Features.Search.Ranking;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Tests.Search.Ranking;

/// <summary>
/// Titles and snippets mark the query's words wherever they occur, with or without diacritics, and a synonym of
/// several words only where the whole phrase occurs, as it matched: a word the phrase shares with other text is not
/// marked there.
/// </summary>
public sealed class HighlightTermsTests
{
    private static readonly SynonymDictionary Dictionary = SynonymDictionary.Parse("GPLX, giấy phép lái xe; bằng lái xe").Dictionary!;

    [Fact]
    public void A_synonym_phrase_is_marked_only_where_it_occurs_whole()
    {
        var query = SearchQuery.Parse("gplx", Dictionary);

        var title = SnippetBuilder.Highlight("Cấp GPLX, đổi giấy phép lái xe: vận tải bằng xe ô tô không cần giấy tờ lái thử", query.HighlightTerms);

        Assert.Equal("Cấp <mark>GPLX</mark>, đổi <mark>giấy</mark> <mark>phép</mark> <mark>lái</mark> <mark>xe</mark>: vận tải bằng xe ô tô không cần giấy tờ lái thử", title);
    }

    [Fact]
    public void The_query_words_themselves_are_marked_wherever_they_occur()
    {
        var query = SearchQuery.Parse("bang lai", Dictionary);

        var snippet = SnippetBuilder.Snippet(query.HighlightTerms, "Người có bằng lái xe hạng B2 lái xe vận tải bằng xe tải nhẹ.");

        Assert.Equal("Người có <mark>bằng</mark> <mark>lái</mark> xe hạng B2 <mark>lái</mark> xe vận tải <mark>bằng</mark> xe tải nhẹ.", snippet);
    }

    [Fact]
    public void A_phrase_that_only_begins_in_the_text_marks_nothing()
    {
        var query = SearchQuery.Parse("gplx", Dictionary);

        Assert.Equal("Mẫu giấy phép lái", SnippetBuilder.Highlight("Mẫu giấy phép lái", query.HighlightTerms));
    }
}
