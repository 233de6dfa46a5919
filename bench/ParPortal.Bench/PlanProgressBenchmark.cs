using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Plans;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Quotas.Engine;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Recipes;
using ParPortal.Time;

namespace ParPortal.Bench;

/// <summary>
/// The full progress computation as the dashboard runs it (load from the database + compute) for plan 004 on a
/// SQLite database made by the real migrations with 100,000 published items spread over 2020–2025. The site is a
/// provincial portal with two agencies (Sở GTVT, whose plan it is, and a Sở Y tế publishing as much), so the agency
/// scope excludes half of what is loaded; the plan carries a coverage rule as well, so the procedures' publication
/// history (versions and removals) is loaded and replayed as of the date. Prints min/median over several runs; the
/// target is ≤ 100 ms.
/// </summary>
public sealed class PlanProgressBenchmark : IBenchmark
{
    private const int Warmup = 3;

    public string Name => "plan-progress";

    public string Description => "Plan progress load + compute: plan 004 (+ coverage) over 100,000 items of two agencies in SQLite, and the old items query (--items N, --runs N, --no-baseline, --no-coverage, --keep)";

    public async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--items", 100_000);
        var runs = Math.Max(1, Option(args, "--runs", 15));
        var folder = Path.Combine(Path.GetTempPath(), "parportal-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bench.db") }.ToString();
        var options = new DbContextOptionsBuilder<SqliteParPortalDbContext>().UseSqlite(cs).AddInterceptors(new SqlitePragmaInterceptor()).Options;
        try
        {
            var recipe = Path.Combine(FindRoot(), "recipes", "plans", "004_252965e07a3718f5.json");
            var plan = PlanRecipe.Parse(await File.ReadAllTextAsync(recipe)).Plans.Single();
            // Seed 002's coverage requirement added to plan 004, so that the procedure history is part of the load
            // (--no-coverage leaves it out, to see its share).
            if (!args.Contains("--no-coverage"))
            {
                plan = plan with
                {
                    Tasks = [.. plan.Tasks, new PlanTask { Code = "I.2-1", Content = "Đảm bảo 100% bộ TTHC được công khai", Unnumbered = true, Rules = [new CoverageRule { Percent = 100m }] }],
                };
            }
            Guid planId;
            var setup = Stopwatch.StartNew();
            await using (var db = new SqliteParPortalDbContext(options))
            {
                await db.Database.MigrateAsync();
                planId = await SeedAsync(db, plan);
            }

            await InsertItemsAsync(cs, plan, planId, count);
            Console.WriteLine($"setup: migrations + {count:N0} items in {setup.Elapsed.TotalSeconds:F1} s");

            var asOf = new DateOnly(2024, 9, 15);
            var load = new List<double>();
            var compute = new List<double>();
            var total = new List<double>();
            var cpu = new List<double>();
            var loaded = 0;
            var procedures = 0;
            var evidence = 0;
            for (var i = 0; i < Warmup + runs; i++)
            {
                await using var db = new SqliteParPortalDbContext(options);
                var service = new PlanProgressService(db, TimeProvider.System);
                // The same steps as ComputeAsync (plan, input, engine), timed apart. Wall time is noisy on a shared
                // machine, so the process CPU time of each run is kept beside it.
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var loadedPlan = await service.LoadPlanAsync(planId) ?? throw new InvalidOperationException("plan not found");
                var input = await service.LoadInputAsync(planId, loadedPlan.Definition, asOf);
                var loadMs = watch.Elapsed.TotalMilliseconds;
                var progress = QuotaEngine.Compute(loadedPlan.Definition, input, asOf);
                var totalMs = watch.Elapsed.TotalMilliseconds;
                var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
                if (i >= Warmup)
                {
                    load.Add(loadMs);
                    compute.Add(totalMs - loadMs);
                    total.Add(totalMs);
                    cpu.Add(cpuMs);
                }

                loaded = input.Items.Count;
                procedures = input.Procedures.Count;
                evidence = progress.Tasks.Sum(t => t.EvidenceIds.Count);
            }

            // The old items query alone, on the same database in the same process right after the new load, so that
            // the comparison does not depend on figures taken at another time on this shared machine.
            var baseline = new List<double>();
            var baselineCpu = new List<double>();
            var span = ParPortal.Features.Plans.PlanSpan.Of(plan);
            var fromUtc = new DateTimeOffset(span.Start.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).UtcDateTime;
            var toUtc = new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).UtcDateTime;
            var baselineItems = 0;
            for (var i = 0; i < (args.Contains("--no-baseline") ? 0 : Warmup + runs); i++)
            {
                await using var db = new SqliteParPortalDbContext(options);
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                baselineItems = await PlanProgressBaseline.LoadItemsAsync(db, fromUtc, toUtc);
                if (i >= Warmup)
                {
                    baseline.Add(watch.Elapsed.TotalMilliseconds);
                    baselineCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"plan-progress (plan 004 + a coverage rule, two agencies, as of {asOf:yyyy-MM-dd}): {loaded:N0} items and {procedures:N0} procedure histories loaded, {evidence:N0} evidence rows; over {runs} runs (target load + compute ≤ 100 ms)"));
            Console.WriteLine(Line("load", load));
            Console.WriteLine(Line("compute", compute));
            Console.WriteLine(Line("load + compute", total));
            Console.WriteLine(Line("CPU (process)", cpu));
            if (baseline.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"before (the old items query alone, same database, {baselineItems:N0} items; --no-baseline skips it):"));
                Console.WriteLine(Line("old query", baseline));
                Console.WriteLine(Line("CPU (process)", baselineCpu));
            }
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            // --keep leaves the database for EXPLAIN QUERY PLAN with the sqlite3 shell.
            if (args.Contains("--keep"))
            {
                Console.WriteLine("kept: " + folder);
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Line(string label, List<double> values)
    {
        var sorted = values.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"  {label,-15} min {sorted[0],7:F1} ms, median {sorted[sorted.Count / 2],7:F1} ms");
    }

    /// <summary>Units, topics and the published plan, through EF as the application writes them.</summary>
    private static async Task<Guid> SeedAsync(ParPortalDbContext db, PlanDefinition plan)
    {
        foreach (var agency in new[] { "GTVT", "SYT" })
        {
            var root = new Unit { Code = agency, Name = "Sở " + agency, ValidFrom = new DateOnly(2008, 4, 1) };
            db.Units.Add(root);
            foreach (var code in Units.Where(u => u.StartsWith(agency + "-", StringComparison.Ordinal)))
            {
                db.Units.Add(new Unit { Code = code, Name = code, Parent = root, ValidFrom = new DateOnly(2008, 4, 1) });
            }
        }

        for (var i = 0; i < Topics.Length; i++)
        {
            db.Topics.Add(new Topic { Name = Topics[i], Slug = Topics[i], SortOrder = i });
        }

        var published = new DateTime(2024, 1, 1, 1, 0, 0, DateTimeKind.Utc);
        var item = new ContentItem { Id = Guid.NewGuid(), ContentType = ContentTypes.Plan, Slug = "ke-hoach-2024", LatestVersionNumber = 1, PublishedVersionNumber = 1, CreatedUtc = published, FirstPublishedUtc = published };
        item.Versions.Add(new PlanVersion
        {
            Id = Guid.NewGuid(), VersionNumber = 1, State = ContentState.Published, IsLatest = true, IsPublished = true, Title = plan.Title,
            Number = plan.Number, Year = plan.Year, CreatedUtc = published, PublishedUtc = published, FirstPublishedUtc = published, DefinitionJson = PlanJson.Serialize(plan),
        });
        db.ContentItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    /// <summary>Bulk insert with raw ADO.NET: one transaction, prepared commands, values in EF's storage formats.</summary>
    private static async Task InsertItemsAsync(string cs, PlanDefinition plan, Guid planId, int count)
    {
        await using var connection = new SqliteConnection(cs);
        await connection.OpenAsync();
        var unitIds = new Dictionary<string, long>();
        var topicIds = new List<long>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id, Code FROM Units";
            await using var r = await read.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                unitIds[r.GetString(1)] = r.GetInt64(0);
            }
        }

        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id FROM Topics ORDER BY SortOrder";
            await using var r = await read.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                topicIds.Add(r.GetInt64(0));
            }
        }

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var itemCmd = Command(connection, tx,
            "INSERT INTO ContentItems (Id, ContentType, Slug, LatestVersionNumber, PublishedVersionNumber, CreatedUtc, FirstPublishedUtc, ConcurrencyStamp) VALUES ($id, $type, $slug, 1, 1, $at, $at, $stamp)",
            "$id", "$type", "$slug", "$at", "$stamp");
        var versionCmd = Command(connection, tx,
            "INSERT INTO ContentVersions (Id, ContentItemId, VersionNumber, State, IsLatest, IsPublished, Title, UnitId, CreatedUtc, PublishedUtc, FirstPublishedUtc, PublishedTopicIds, ContentType, DocumentType, Status) VALUES ($id, $item, 1, $state, 1, $published, $title, $unit, $at, $at, $at, $topics, $type, $kind, $status)",
            "$id", "$item", "$state", "$published", "$title", "$unit", "$at", "$topics", "$type", "$kind", "$status");
        var auditCmd = Command(connection, tx,
            "INSERT INTO AuditLog (TimestampUtc, UserName, Action, ContentItemId, ContentType, VersionNumber) VALUES ($at, 'bench', 'unpublish', $item, 'Procedure', 1)",
            "$at", "$item");
        var topicCmd = Command(connection, tx, "INSERT OR IGNORE INTO ContentVersionTopics (TopicId, VersionId) VALUES ($topic, $version)", "$topic", "$version");
        var linkCmd = Command(connection, tx, "INSERT OR IGNORE INTO ContentTaskLinks (ContentItemId, PlanItemId, TaskCode) VALUES ($item, $plan, $code)", "$item", "$plan", "$code");

        // A fixed seed keeps runs comparable; the same mix as the quota benchmark.
        var random = new Random(42);
        var start = new DateTime(2019, 12, 31, 17, 0, 0, DateTimeKind.Utc);
        var codes = plan.Tasks.Select(t => t.Code).ToArray();
        var planKey = Key(planId);
        for (var i = 0; i < count; i++)
        {
            var type = Types[random.Next(Types.Length)];
            var itemId = Key(Guid.NewGuid());
            var versionId = Key(Guid.NewGuid());
            var at = start.AddMinutes(random.Next(6 * 366 * 24 * 60)).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            Run(itemCmd, itemId, type, "tin-" + i.ToString(CultureInfo.InvariantCulture), at, Key(Guid.NewGuid()));
            var unit = unitIds[Units[random.Next(Units.Length)]];
            object kind = type == ContentTypes.Document ? Kinds[random.Next(Kinds.Length)] : DBNull.Value;
            long[] topics = [topicIds[random.Next(topicIds.Count)], topicIds[random.Next(topicIds.Count)]];
            // The published version's copy of its topic ids, as ContentVersion.RecordPublication writes it.
            var topicList = TopicIdList.Format(topics.Select(t => (int)t)) ?? (object)DBNull.Value;
            // Procedures: one in twenty abolished, one in fifty taken down a month after publication (the audit log
            // records it), so that coverage replays a real history.
            object status = type == ContentTypes.Procedure ? (random.Next(20) == 0 ? "Abolished" : "InForce") : DBNull.Value;
            var takenDown = type == ContentTypes.Procedure && random.Next(50) == 0;
            Run(versionCmd, versionId, itemId, takenDown ? "Unpublished" : "Published", takenDown ? 0 : 1, "Tin " + i.ToString(CultureInfo.InvariantCulture), unit, at, topicList, type, kind, status);
            if (takenDown)
            {
                var removed = DateTime.ParseExact(at, "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).AddDays(30);
                Run(auditCmd, removed.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture), itemId);
            }
            Run(topicCmd, topics[0], versionId);
            Run(topicCmd, topics[1], versionId);
            if (random.Next(50) == 0)
            {
                Run(linkCmd, itemId, planKey, codes[random.Next(codes.Length)]);
            }
        }

        await tx.CommitAsync();
    }

    // The plan's agency and another agency of the same provincial portal, publishing as much.
    private static readonly string[] Units =
    [
        "GTVT", "GTVT-VP", "GTVT-TTR", "GTVT-QLVT", "GTVT-KCHT", "GTVT-CL", "GTVT-KHTC", "GTVT-DK",
        "SYT", "SYT-VP", "SYT-NV", "SYT-KHTC", "SYT-TTR", "SYT-TCCB", "SYT-DUOC", "SYT-TTYT",
    ];
    private static readonly string[] Types = ["Article", "Article", "Article", "Document", "Procedure", "Hotline", "IndexResult"];
    private static readonly string[] Kinds = ["Kế hoạch", "Quyết định", "Công văn", "Báo cáo", "Thông báo", "Hướng dẫn"];
    private static readonly string[] Topics = ["chi-dao-dieu-hanh", "cai-cach-the-che", "cai-cach-thu-tuc-hanh-chinh", "mot-cua-lien-thong", "chinh-quyen-so", "chi-so-cchc", "sang-kien-mo-hinh", "ky-luat-ky-cuong", "dich-vu-cong-truc-tuyen"];

    /// <summary>EF Core stores a Guid in SQLite as upper-case text; the benchmark must match it.</summary>
    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
