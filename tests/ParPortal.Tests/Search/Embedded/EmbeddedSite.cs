using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Content;
using ParPortal.Features.Procedures;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Search.Embedded;

/// <summary>
/// A site on SQLite (so on Lucene) whatever PARPORTAL_TEST_PROVIDER says, on a data folder the test may reuse across
/// starts, with the background indexer on or off.
/// </summary>
public sealed class EmbeddedSite(string? dataFolder = null, bool indexing = true, int batchSize = 500, TimeSpan? indexDelay = null)
    : ParPortalFactory(dataFolder, sqliteOnly: true)
{
    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        settings["ParPortal:Search:BackgroundIndexing"] = indexing ? "true" : "false";
        settings["ParPortal:Search:IndexBatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Tests wait for the indexer; the production gathering delay would only slow them down.
        settings["ParPortal:Search:IndexDelay"] = (indexDelay ?? TimeSpan.Zero).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
    }

    public EmbeddedSearch Search => Services.GetRequiredService<EmbeddedSearch>();

    public string IndexFolder => Path.Combine(DataFolder, "search-index");

    /// <summary>Creates and publishes procedures titled "{prefix} {n}" (n = 1…count) with new codes, one transaction each; returns their ids.</summary>
    public async Task<List<Guid>> PublishProceduresAsync(string prefix, int count)
    {
        _ = Server;
        // Procedure codes are unique on a site: continue after the items already there (a test calls this repeatedly).
        int existing;
        await using (var first = Scope())
        {
            existing = await Db(first).ContentItems.CountAsync();
        }

        var ids = new List<Guid>();
        for (var i = 1; i <= count; i++)
        {
            await using var scope = Scope();
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var item = await manager.CreateAsync(new ProcedureVersion { Title = $"{prefix} {i}", Code = $"9.{existing + i:000000}", Field = "Thử nghiệm", Summary = "Thủ tục thử nghiệm" }, null, "test");
            await manager.PublishAsync(item.Id, "test");
            ids.Add(item.Id);
        }
        return ids;
    }

    public async Task<int> OutboxCountAsync()
    {
        await using var scope = Scope();
        return await Db(scope).SearchOutbox.CountAsync();
    }

    /// <summary>Waits until the indexer has applied every outbox row (without the search's own waiting).</summary>
    public async Task WaitUntilDrainedAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await OutboxCountAsync() > 0 || Search.IsRebuilding)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The outbox still holds {await OutboxCountAsync()} rows.");
            }
            await Task.Delay(20);
        }
    }

    /// <summary>Searches the index directly (no waiting for the outbox), all pages.</summary>
    public IReadOnlyList<SearchHit> SearchIndex(string query)
    {
        var hits = new List<SearchHit>();
        for (var page = 1; ; page++)
        {
            var results = Search.Index.Search(new SearchRequest(query, Page: page, PageSize: 100), Features.Search.Synonyms.SynonymDictionary.Empty);
            hits.AddRange(results.Hits);
            if (results.Hits.Count < 100)
            {
                return hits;
            }
        }
    }
}
