using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ParPortal.Bench;

/// <summary>Experiment: times SQL statements on a kept SQLite database (--db FILE, then statements).</summary>
internal sealed class SqlTimeBenchmark : IBenchmark
{
    public string Name => "sqltime";

    public string Description => "Times SQL statements on a kept SQLite index (--db FILE \"SQL\" …)";

    public async Task<int> RunAsync(string[] args)
    {
        var db = args[Array.IndexOf(args, "--db") + 1];
        await using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        await c.OpenAsync();
        await using (var p = c.CreateCommand())
        {
            p.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;";
            await p.ExecuteNonQueryAsync();
        }
        foreach (var sql in args.Where((a, i) => a != "--db" && (i == 0 || args[i - 1] != "--db")))
        {
            var times = new List<double>();
            var rows = 0;
            for (var i = 0; i < 8; i++)
            {
                await using var cmd = c.CreateCommand();
                cmd.CommandText = sql;
                var sw = Stopwatch.StartNew();
                rows = 0;
                await using (var r = await cmd.ExecuteReaderAsync())
                {
                    var read = Environment.GetEnvironmentVariable("SQLTIME_READ");
                    while (read == "sync" ? r.Read() : await r.ReadAsync())
                    {
                        rows++;
                        if (read is not null)
                        {
                            for (var k = 0; k < r.FieldCount; k++)
                            {
                                if (!r.IsDBNull(k))
                                {
                                    _ = r.GetValue(k);
                                }
                            }
                        }
                    }
                }
                if (i > 0)
                {
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }
            }
            times.Sort();
            Console.WriteLine($"{times[0],7:F2} min {times[times.Count / 2],7:F2} med {rows,6} rows  {sql}");
        }
        return 0;
    }
}
