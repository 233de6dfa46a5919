using System.Diagnostics;
using System.Globalization;
using ParPortal.Features.Procedures.Import;
using ParPortal.Procedures;

namespace ParPortal.Bench;

/// <summary>
/// Times a procedure import without the database: write a sheet of N rows, then read + validate it and preview it
/// against N existing records of which half differ. The lead adds the database commit step.
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

        return Task.FromResult(0);
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
