using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ParPortal.Features.Search;
using SQLitePCL;

namespace ParPortal.Bench;

/// <summary>
/// --profile: runs each search once with SQLite's statement profiler on and prints, per search, the number of
/// SQL statements, their summed engine time and the slowest statement. On PostgreSQL only the count of
/// round trips is not visible from here; use EXPLAIN ANALYZE on the server instead.
/// </summary>
internal static class SearchProfiler
{
    public static async Task ProfileAsync(DbConnection connection, ISearchIndex index, List<SearchRequest> queries)
    {
        if (connection is not SqliteConnection sqlite)
        {
            Console.WriteLine("--profile: statement profiling is SQLite only; PostgreSQL: use EXPLAIN ANALYZE.");
            return;
        }
        var statements = new List<(string Sql, double Ms)>();
        delegate_profile callback = (_, sql, ns) => statements.Add((sql.utf8_to_string(), ns / 1e6));
        raw.sqlite3_profile(sqlite.Handle, callback, null);
        try
        {
            Console.WriteLine("profile (one run each): wall ms, statements, SQL ms, slowest statement ms");
            foreach (var q in queries)
            {
                await index.SearchAsync(connection, q);  // warm
                statements.Clear();
                var sw = Stopwatch.StartNew();
                await index.SearchAsync(connection, q);
                sw.Stop();
                var slowest = statements.OrderByDescending(s => s.Ms).FirstOrDefault();
                Console.WriteLine($"  {sw.Elapsed.TotalMilliseconds,6:F1} {statements.Count,2} {statements.Sum(s => s.Ms),6:F1} {slowest.Ms,6:F1}  {SearchBenchmark.Describe(q)}");
                foreach (var (sql, ms) in statements.Where(s => s.Ms >= 1.0))
                {
                    Console.WriteLine($"           {ms,6:F1}  {Flat(sql)}");
                }
            }
        }
        finally
        {
            raw.sqlite3_profile(sqlite.Handle, (delegate_profile?)null, null);
            GC.KeepAlive(callback);
        }
    }

    private static string Flat(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 220 ? flat[..220] + "…" : flat;
    }
}
