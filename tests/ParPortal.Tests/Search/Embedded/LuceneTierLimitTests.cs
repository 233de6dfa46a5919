using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Ranking;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>
/// A title tier larger than the limit is cut to its newest documents before its titles are scored: exactly the limit
/// is kept, none of them older than a dropped one, over several segments and with dates that tie at the cut.
/// </summary>
public sealed class LuceneTierLimitTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp_tierlimit_" + Guid.NewGuid().ToString("N"));
    private readonly DateTimeOffset _start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public LuceneTierLimitTests()
    {
        using var index = new LuceneSearchIndex(_folder);
        index.Open();
        var random = new Random(21);
        // 600 titles holding all three words; seven share each day (ties at any cut). The five oldest have the
        // shortest title, the best title score: only the tier's limit keeps them from being candidates.
        var documents = Enumerable.Range(0, 600).Select(i => new SearchDocument(
            Guid.NewGuid(), "Article", true,
            i < 5 ? "Thủ tục hành chính" : $"Thủ tục hành chính cấp xã số {i} và {random.Next(1000)} việc khác",
            "Tóm tắt.", "Nội dung về thủ tục hành chính.", null, [], null, null, _start.AddDays(i / 7), "/x/" + i)).ToList();
        // Two commits: two segments, so the cut spans segments (the day of documents 350-356 lies in both).
        index.Add(documents[..353]);
        index.Commit(0, complete: true);
        index.Add(documents[353..]);
        index.Commit(0, complete: true);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(248)]
    [InlineData(333)]
    [InlineData(599)]
    public void KeepNewest_KeepsExactlyTheNewestLimit_WhenDatesTieAtTheCut(int limit)
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(_folder));
        Assert.True(reader.Leaves.Count >= 2, $"{reader.Leaves.Count} segments");
        var sets = reader.Leaves.Select(leaf =>
        {
            var all = new FixedBitSet(leaf.Reader.MaxDoc);
            all.Set(0, leaf.Reader.MaxDoc);
            return all;
        }).ToArray();

        LuceneTieredCandidates.KeepNewest(reader.Leaves, sets, limit);

        var kept = new List<(long Date, int Doc)>();
        var dropped = new List<(long Date, int Doc)>();
        foreach (var leaf in reader.Leaves)
        {
            var dates = LuceneDates.Of(leaf.AtomicReader);
            for (var doc = 0; doc < leaf.Reader.MaxDoc; doc++)
            {
                (sets[leaf.Ord].Get(doc) ? kept : dropped).Add((dates[doc], leaf.DocBase + doc));
            }
        }
        Assert.Equal(limit, kept.Count);
        var cut = kept.Min(k => k.Date);
        Assert.True(cut >= dropped.Max(d => d.Date), $"kept down to {cut}, dropped up to {dropped.Max(d => d.Date)}");
        // Of the documents dated at the cut, the first in document order are kept (seven share each date).
        var tiedDropped = dropped.Where(d => d.Date == cut).Select(d => d.Doc).DefaultIfEmpty(int.MaxValue).Min();
        Assert.All(kept.Where(k => k.Date == cut), k => Assert.True(k.Doc < tiedDropped, $"kept {k.Doc} after dropping {tiedDropped}"));
    }

    [Fact]
    public void Find_ScoresOnlyTheNewestOfTheTier_WhenTheTierIsLargerThanTheLimit()
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(_folder));
        var searcher = new FacetSearcher(reader);
        var builder = new LuceneQueryBuilder(reader);
        var match = builder.BuildMatch(SearchQuery.Parse("thủ tục hành chính", SynonymSource.Shipped));
        var published = new QueryWrapperFilter(new TermQuery(new Term(LuceneFields.Published, "1")));
        var oldest = _start.AddDays(1).UtcTicks;

        var unlimited = LuceneTieredCandidates.Find(searcher, builder, match, published, depth: 20, limit: int.MaxValue);
        var limited = LuceneTieredCandidates.Find(searcher, builder, match, published, depth: 20, limit: 100);

        Assert.Equal(600, unlimited.Total);
        Assert.Equal(600, limited.Total);
        // Without the limit the shortest titles (the oldest documents) are candidates; with it only the newest 100
        // of the tier (600 titles, 7 a day: the last 15 days) can be.
        Assert.Contains(unlimited.Candidates, c => Date(reader, c.Doc) < oldest);
        Assert.Equal(20, limited.Candidates.Length);
        var cut = _start.AddDays((600 - 100) / 7).UtcTicks;
        Assert.All(limited.Candidates, c => Assert.True(Date(reader, c.Doc) >= cut, $"candidate dated {new DateTime(Date(reader, c.Doc))}"));
    }

    private static long Date(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return LuceneDates.Of(leaf.AtomicReader)[doc - leaf.DocBase];
    }

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);
}
