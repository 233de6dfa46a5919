using Npgsql;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Postgres;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Bench;

/// <summary>
/// PostgreSQL's plans for one search (EXPLAIN ANALYZE, BUFFERS of the facet and hits statements, exactly as the
/// search runs them), on a database kept by <c>search --keep NAME</c>: where a slow query's time goes. The search
/// runs twice and the second plans are printed, so term statistics and caches are warm as in the timed runs.
/// Usage: <c>search-explain --keep NAME "query"</c>, with PARPORTAL_BENCH_POSTGRES set as for <c>search</c>.
/// </summary>
public sealed class SearchExplainBenchmark : IBenchmark
{
    public string Name => "search-explain";

    public string Description => "PostgreSQL EXPLAIN ANALYZE of one search on a kept bench database (--keep NAME \"query\")";

    public async Task<int> RunAsync(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("PARPORTAL_BENCH_POSTGRES");
        var name = SearchBenchmark.StringOption(args, "--keep");
        var query = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--keep")).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(server) || name is null || query is null)
        {
            Console.WriteLine("Usage: search-explain --keep NAME \"query\" (PARPORTAL_BENCH_POSTGRES = server connection string; NAME kept by search --keep NAME)");
            return 2;
        }
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        await connection.OpenAsync();
        var plans = new List<string>();
        for (var run = 0; run < 2; run++)
        {
            plans.Clear();
            await PostgresSearch.SearchAsync(connection, new SearchRequest(query), SynonymSource.Shipped, CancellationToken.None, plans);
        }
        foreach (var line in plans)
        {
            Console.WriteLine(line);
        }
        return 0;
    }
}
