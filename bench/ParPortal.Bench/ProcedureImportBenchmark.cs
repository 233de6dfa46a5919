using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Hosting;
using ParPortal.Features.Procedures.Import;
using ParPortal.Procedures;

namespace ParPortal.Bench;

/// <summary>
/// Times a procedure import without the database: write a sheet of N rows, then read + validate it and preview it
/// against N existing records of which half differ; then preview + commit the same file into a fresh SQLite database
/// with the real migrations (every row a new published version with audit entries), and re-import it with half the
/// rows changed.
/// </summary>
public sealed class ProcedureImportBenchmark : IBenchmark
{
    public string Name => "procedure-import";

    public string Description => "read+validate+preview a 5,000-row procedure .xlsx against 5,000 records (half changed); [rows] [runs]";

    public Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;

        var incoming = Enumerable.Range(1, rows).Select(Record).ToList();
        var existing = incoming.Select((r, i) => i % 2 == 0 ? r with { ProcessingTime = "10 ngày làm việc", Fee = "Không thu" } : r).ToList();

        // Wall time is noisy on a shared 2-core machine; CPU time of this process is printed beside it.
        var watch = Stopwatch.StartNew();
        byte[] file;
        using (var stream = new MemoryStream())
        {
            ProcedureSpreadsheetWriter.Write(stream, incoming);
            file = stream.ToArray();
        }

        Console.WriteLine($"write   {rows} rows: {watch.ElapsedMilliseconds} ms, {file.Length / 1024.0 / 1024.0:0.00} MB");

        var reader = new ProcedureSpreadsheetReader();
        for (var run = 1; run <= runs; run++)
        {
            watch.Restart();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var read = reader.Read(file);
            var readMs = watch.Elapsed.TotalMilliseconds;
            var preview = ProcedureImportPlanner.Preview(read, existing, markMissingAsAbolished: true);
            var totalMs = watch.Elapsed.TotalMilliseconds;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            Console.WriteLine(
                $"run {run}: read+validate {readMs:0} ms, preview {totalMs - readMs:0.0} ms, total {totalMs:0} ms, CPU {cpuMs:0} ms " +
                $"(records {read.Records.Count}, errors {preview.Errors.Count}, create {preview.ToCreate.Count}, update {preview.ToUpdate.Count}, unchanged {preview.Unchanged.Count}, abolish {preview.ToAbolish.Count})");
        }

        return CommitAsync(file, rows);
    }

    private static async Task<int> CommitAsync(byte[] file, int rows)
    {
        var folder = Path.Combine(Path.GetTempPath(), "parportal-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var options = new DbContextOptionsBuilder<SqliteParPortalDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bench.db") }.ToString())
                .AddInterceptors(new SqlitePragmaInterceptor())
                .Options;
            await using (var db = new SqliteParPortalDbContext(options))
            {
                await db.Database.MigrateAsync();
            }

            await TimeImportAsync(options, file, rows, "fresh db");
            var changed = Enumerable.Range(1, rows).Select(Record)
                .Select((r, i) => i % 2 == 0 ? r with { ProcessingTime = "10 ngày làm việc", Fee = "Không thu" } : r).ToList();
            using var stream = new MemoryStream();
            ProcedureSpreadsheetWriter.Write(stream, changed);
            await TimeImportAsync(options, stream.ToArray(), rows, "half changed");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task TimeImportAsync(DbContextOptions<SqliteParPortalDbContext> options, byte[] file, int rows, string label)
    {
        await using var db = new SqliteParPortalDbContext(options);
        var service = new ProcedureImportService(db, new ContentManager(db, TimeProvider.System, ParPortalContentTypes.CreateRegistry(), [], []),
            Microsoft.Extensions.Options.Options.Create(new ParPortal.Features.Office.OfficePackageLimits()));
        var watch = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var plan = await service.PreviewAsync(new MemoryStream(file), markMissingAsAbolished: false);
        var previewMs = watch.Elapsed.TotalMilliseconds;
        var result = await service.CommitAsync(plan, "bench.xlsx", "bench");
        var totalMs = watch.Elapsed.TotalMilliseconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var versions = await db.Procedures.CountAsync();
        var audit = await db.AuditLog.CountAsync();
        Console.WriteLine(
            $"db {label} ({rows} rows): preview {previewMs:0} ms, commit {totalMs - previewMs:0} ms, CPU {cpuMs:0} ms " +
            $"(created {result.Created}, updated {result.Updated}, unchanged {result.Unchanged}; versions {versions}, audit entries {audit}); target < 10,000 ms each");
    }

    private static ProcedureRecord Record(int n) => new()
    {
        Code = $"1.{n:000000}.000.00.00.H29",
        Name = $"Thủ tục cấp, cấp lại, điều chỉnh giấy phép số {n}",
        Field = $"Lĩnh vực {n % 40}",
        Level = (n % 3) switch { 0 => ProcedureLevel.Xa, 1 => ProcedureLevel.Tinh, _ => ProcedureLevel.Bo },
        ImplementingAgency = "Sở Nông nghiệp và Môi trường",
        DecidingAgency = "Ủy ban nhân dân tỉnh",
        Subjects = "Công dân Việt Nam; Doanh nghiệp; Hợp tác xã",
        ProcessingTime = "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        Fee = "Không",
        Charge = "50.000 đồng/hồ sơ",
        OnlineLevel = n % 2 == 0 ? OnlineServiceLevel.ToanTrinh : OnlineServiceLevel.MotPhan,
        LegalBases = $"Nghị định {n % 300}/2025/NĐ-CP; Thông tư {n % 50}/2024/TT-BNNMT",
        Steps = "Bước 1: Tổ chức, cá nhân nộp hồ sơ tại Bộ phận Một cửa.\nBước 2: Cơ quan giải quyết thẩm định.\nBước 3: Trả kết quả.",
        Dossier = "Đơn đề nghị (bản chính); Giấy tờ chứng minh (bản sao có chứng thực)",
        Requirements = "Không",
        Results = "Giấy phép",
        PortalUrl = $"https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={n}",
    };
}
