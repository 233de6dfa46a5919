using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Postgres;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Bench;

/// <summary>
/// PostgreSQL's plans for one search (EXPLAIN ANALYZE, BUFFERS of the facet and hits statements, exactly as the
/// search runs them), on a database kept by <c>search --keep NAME</c>: where a slow query's time goes. The search
/// runs twice and the second plans are printed, so term statistics and caches are warm as in the timed runs.
/// Usage: <c>search-explain --keep NAME "query" [--year N]</c>, with PARPORTAL_BENCH_POSTGRES set as for <c>search</c>.
/// <c>search-explain --keep NAME --all [--n 100000]</c> runs every search of the <c>search</c> bench instead and prints
/// each statement's server execution time per search (the best of three, so that the shared machine's load says less)
/// and their p50 / p95: where the time goes, per statement.
/// </summary>
public sealed partial class SearchExplainBenchmark : IBenchmark
{
    public string Name => "search-explain";

    public string Description => "PostgreSQL EXPLAIN ANALYZE of one search on a kept bench database (--keep NAME \"query\"), or per-statement times of every bench search (--keep NAME --all)";

    public async Task<int> RunAsync(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("PARPORTAL_BENCH_POSTGRES");
        var name = SearchBenchmark.StringOption(args, "--keep");
        var query = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).FirstOrDefault();
        var all = args.Contains("--all");
        if (string.IsNullOrWhiteSpace(server) || name is null || (query is null && !all))
        {
            Console.WriteLine("Usage: search-explain --keep NAME \"query\" | --all [--n N] (PARPORTAL_BENCH_POSTGRES = server connection string; NAME kept by search --keep NAME)");
            return 2;
        }
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        await connection.OpenAsync();
        if (all)
        {
            await AllAsync(connection, SearchBenchmark.IntOption(args, "--n", 100_000));
            return 0;
        }
        // --year N: the search as the bench's filtered ones run it ("cai cach hanh chinh" year=2024).
        var year = SearchBenchmark.IntOption(args, "--year", 0);
        var request = new SearchRequest(query, Year: year == 0 ? null : year);
        var plans = new List<string>();
        for (var run = 0; run < 2; run++)
        {
            plans.Clear();
            await PostgresSearch.SearchAsync(connection, request, SynonymSource.Shipped, CancellationToken.None, plans);
        }
        foreach (var line in plans)
        {
            Console.WriteLine(line);
        }
        return 0;
    }

    private static async Task AllAsync(NpgsqlConnection connection, int n)
    {
        Console.WriteLine($"server time per search (EXPLAIN ANALYZE execution time of each statement, best of 3), before (PostgresSearchBefore) and now, interleaved; load {SearchBenchmark.LoadAverage()}");
        var queries = SearchBenchmark.BuildQueries(SearchCorpusGenerator.Generate(n).ToList());
        var before = new List<double>();
        var now = new List<double>();
        foreach (var q in queries)
        {
            var old = await BestAsync(plans => PostgresSearchBefore.SearchAsync(connection, q, SynonymSource.Shipped, CancellationToken.None, plans));
            var current = await BestAsync(plans => PostgresSearch.SearchAsync(connection, q, SynonymSource.Shipped, CancellationToken.None, plans));
            before.Add(old.Sum());
            now.Add(current.Sum());
            Console.WriteLine($"  before {string.Join(" + ", old.Select(t => t.ToString("F1", CultureInfo.InvariantCulture))),-14} now {current.Sum(),6:F1} ms  {SearchBenchmark.Describe(q)}");
        }
        Console.WriteLine($"before: p50 {SearchBenchmark.Percentile(before, 50):F1} ms, p95 {SearchBenchmark.Percentile(before, 95):F1} ms, max {before.Max():F1} ms");
        Console.WriteLine($"now:    p50 {SearchBenchmark.Percentile(now, 50):F1} ms, p95 {SearchBenchmark.Percentile(now, 95):F1} ms, max {now.Max():F1} ms; load {SearchBenchmark.LoadAverage()}");
    }

    /// <summary>The statements' execution times of the fastest of three runs.</summary>
    private static async Task<List<double>> BestAsync(Func<List<string>, Task> search)
    {
        List<double>? best = null;
        var plans = new List<string>();
        for (var run = 0; run < 3; run++)
        {
            plans.Clear();
            await search(plans);
            var times = plans.Select(p => ExecutionTime().Match(p)).Where(m => m.Success)
                .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            if (best is null || times.Sum() < best.Sum())
            {
                best = times;
            }
        }
        return best ?? [];
    }

    [GeneratedRegex(@"^Execution Time: ([0-9.]+) ms")]
    private static partial Regex ExecutionTime();
}
