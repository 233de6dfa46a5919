using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParPortal.Data;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Integration;
using ParPortal.Features.Search.Relevance;

namespace ParPortal.Bench;

/// <summary>
/// The graded relevance set (bench/relevance/demo-queries.json) over the demo content, on both engines: a fresh site
/// with the demo recipe per engine, every query through the site's own search, MRR and nDCG@10 per kind.
/// Options: --verbose (the top five hits of every query below 0.9), --explain "QUERY" (Lucene's scoring of its top
/// five hits), --lucene-only, --postgres-only.
/// PostgreSQL runs when PARPORTAL_BENCH_POSTGRES holds a server connection string.
/// </summary>
public sealed class RelevanceBenchmark : IBenchmark
{
    public string Name => "relevance";

    public string Description => "MRR and nDCG@10 per query kind of the graded demo set, Lucene and PostgreSQL (--verbose)";

    public async Task<int> RunAsync(string[] args)
    {
        var set = RelevanceSet.Load(Path.Combine(PagesHost.RepoRoot(), "bench", "relevance", "demo-queries.json"));
        Console.WriteLine($"relevance: {set.Count} graded queries over the demo content, {set.Select(q => q.Kind).Distinct().Count()} kinds");
        var verbose = args.Contains("--verbose");
        var root = Path.Combine(Path.GetTempPath(), "parportal-bench-relevance", Guid.NewGuid().ToString("N"));
        try
        {
            if (!args.Contains("--postgres-only"))
            {
                await RunEngineAsync("Lucene (SQLite site)", Path.Combine(root, "sqlite"), null, set, verbose);
            }
            var server = Environment.GetEnvironmentVariable("PARPORTAL_BENCH_POSTGRES");
            if (!string.IsNullOrWhiteSpace(server) && !args.Contains("--lucene-only"))
            {
                var database = "pp_relevance_" + Guid.NewGuid().ToString("N")[..12];
                var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
                try
                {
                    await RunEngineAsync("PostgreSQL full-text search", Path.Combine(root, "postgres"), connectionString, set, verbose);
                }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                    await using var connection = new NpgsqlConnection(server);
                    await connection.OpenAsync();
                    await using var drop = connection.CreateCommand();
                    drop.CommandText = $"DROP DATABASE IF EXISTS {database} WITH (FORCE)";
                    await drop.ExecuteNonQueryAsync();
                }
            }
            else if (!args.Contains("--lucene-only"))
            {
                Console.WriteLine("PostgreSQL skipped (set PARPORTAL_BENCH_POSTGRES to a server connection string).");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
        return 0;
    }

    private static async Task RunEngineAsync(string name, string dataFolder, string? postgres, IReadOnlyList<JudgedQuery> set, bool verbose)
    {
        Directory.CreateDirectory(dataFolder);
        await using var host = new PagesHost(dataFolder, "Bench-" + Guid.NewGuid().ToString("N")[..12], postgres);
        _ = host.Server;
        await WaitForIndexAsync(host.Services);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParPortalDbContext>();
        var keys = await db.ContentItems.AsNoTracking().Where(i => i.ExternalKey != null).ToDictionaryAsync(i => i.Id, i => i.ExternalKey);
        // What a citizen gets: the site's search service (a query that finds nothing tries its term's synonyms there).
        var search = scope.ServiceProvider.GetRequiredService<SearchService>();
        if (SearchBenchmark.StringOption(Environment.GetCommandLineArgs(), "--explain") is { } explain && postgres is null)
        {
            foreach (var line in host.Services.GetRequiredService<EmbeddedSearch>().Index.Explain(explain, ParPortal.Features.Search.Synonyms.SynonymSource.Shipped, 5))
            {
                Console.WriteLine(line);
            }
        }
        var scores = new List<QueryScore>();
        foreach (var query in set)
        {
            var results = await search.SearchAsync(new SearchRequest(query.Typed, PageSize: 10), new System.Security.Claims.ClaimsPrincipal(), CancellationToken.None);
            scores.Add(RelevanceSet.Score(query, results.Hits.Select(h => keys.GetValueOrDefault(h.ItemId)).ToList()));
        }
        Print(name, scores, verbose);
    }

    private static void Print(string name, List<QueryScore> scores, bool verbose)
    {
        Console.WriteLine();
        Console.WriteLine($"== {name} ==");
        Console.WriteLine($"{"kind",-12} {"queries",7} {"MRR",6} {"nDCG@10",8}");
        foreach (var kind in scores.GroupBy(s => s.Query.Kind))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind.Key,-12} {kind.Count(),7} {kind.Average(s => s.ReciprocalRank),6:F3} {kind.Average(s => s.Ndcg10),8:F3}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all",-12} {scores.Count,7} {scores.Average(s => s.ReciprocalRank),6:F3} {scores.Average(s => s.Ndcg10),8:F3}"));
        if (verbose)
        {
            foreach (var s in scores.Where(s => s.Ndcg10 < 0.9 || s.ReciprocalRank < 1))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  [{s.Query.Kind}] \"{s.Query.Query}\" RR {s.ReciprocalRank:F2} nDCG {s.Ndcg10:F2}: {string.Join(", ", s.Ranked.Take(5).Select(k => k ?? "?"))}"));
            }
        }
    }

    /// <summary>The first start builds the Lucene index in the background; the figures are taken once it is built.</summary>
    private static async Task WaitForIndexAsync(IServiceProvider services)
    {
        var search = services.GetRequiredService<EmbeddedSearch>();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((search.IsRebuilding || !search.IndexerRunning) && services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ParPortal.Hosting.DatabaseOptions>>().Value.Provider == ParPortal.Hosting.DatabaseProvider.Sqlite)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The search index was not built in two minutes.");
            }
            await Task.Delay(50);
        }
    }
}
