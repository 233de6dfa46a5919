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
            Console.WriteLine("profile (best of 3 runs): thread CPU ms, wall ms, our statements, their summed time ms (SQLite's timer, ms resolution), nested statements");
            foreach (var q in queries)
            {
                await index.SearchAsync(connection, q);  // warm
                var best = (Cpu: double.MaxValue, Wall: 0.0, List: new List<(string Sql, double Ms)>());
                for (var i = 0; i < 3; i++)
                {
                    statements.Clear();
                    var cpu = CpuMeter.Start();
                    var sw = Stopwatch.StartNew();
                    await index.SearchAsync(connection, q);
                    sw.Stop();
                    var used = cpu.ElapsedMs();
                    if (used < best.Cpu)
                    {
                        best = (used, sw.Elapsed.TotalMilliseconds, statements.ToList());
                    }
                }
                // Statements FTS5 runs inside ours (docsize lookups, rank arguments) are counted apart.
                var ours = best.List.Where(s => s.Sql.Contains('@', StringComparison.Ordinal)).ToList();
                Console.WriteLine($"  {best.Cpu,6:F1} {best.Wall,6:F1} {ours.Count,2} {ours.Sum(s => s.Ms),6:F1} {best.List.Count - ours.Count,5}  {SearchBenchmark.Describe(q)}");
                foreach (var (sql, ms) in ours.Where(s => s.Ms >= 1.0))
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
