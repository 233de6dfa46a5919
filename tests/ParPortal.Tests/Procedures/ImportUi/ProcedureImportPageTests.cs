using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Content;
using ParPortal.Features.Office;
using ParPortal.Features.Procedures;
using ParPortal.Features.Procedures.Import;
using ParPortal.Features.Users;
using ParPortal.Tests.Infrastructure;
using ParPortal.Tests.Procedures.Import;

namespace ParPortal.Tests.Procedures.ImportUi;

public class ProcedureImportPageTests
{
    // Codes and user names are unique per test, so that a test never depends on what another one stored.
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private string Editor => "bt" + run;

    private List<ProcedureRecord> Fresh(int count) =>
        Enumerable.Range(1, count).Select(n => ProcedureSamples.Record(n, $"T{run}.{n:000}")).ToList();

    private async Task<HttpClient> EditorAsync(ParPortalFactory factory)
    {
        await factory.CreateUserAsync(Editor, Roles.Editor);
        return await factory.LoginAsync(Editor);
    }

    /// <summary>Versions of this test's procedures plus audit entries written by this test's editor.</summary>
    private async Task<int> WrittenAsync(ParPortalFactory factory)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var prefix = $"T{run}.";
        return await db.Procedures.CountAsync(v => v.Code.StartsWith(prefix)) + await db.AuditLog.CountAsync(a => a.UserName == Editor);
    }

    [Fact]
    public async Task Import_CreatesPublishedProceduresWithRawRow_WhenGoodFileConfirmed()
    {
        using var factory = new ParPortalFactory();
        var client = await EditorAsync(factory);
        var records = Fresh(4);

        var preview = await ImportPage.UploadAsync(client, ImportPage.Xlsx(records));
        Assert.Equal(4, ImportPage.Count(preview, "create"));
        Assert.Equal(0, await WrittenAsync(factory));
        var response = await ImportPage.ConfirmAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var stored = await db.Procedures.Where(v => v.IsPublished && v.Code.StartsWith($"T{run}.")).ToListAsync();
        Assert.Equal(4, stored.Count);
        var first = stored.Single(v => v.Code == records[0].Code);
        Assert.Equal(records[0].Name, first.Title);
        Assert.Equal("Đất đai", first.Field);
        Assert.Equal(records[0].Name, first.RawImport["Tên thủ tục"]);
        Assert.Equal(["Bước 1: Nộp hồ sơ.", "Bước 2: Nhận kết quả."], first.Steps);
        var direct = Assert.Single(first.Channels);
        Assert.Equal(("05 ngày làm việc", "Phí: Không; Lệ phí: 135.000 đồng/lần"), (direct.ProcessingTime, direct.Fee));
        Assert.StartsWith("Nhập từ tệp Danh sách TTHC.xlsx", first.ChangeNote);
        var actions = await db.AuditLog.Where(a => a.ContentItemId == first.ContentItemId).Select(a => a.Action).ToListAsync();
        Assert.Equal(["create", "publish"], actions.Order());
    }

    [Fact]
    public async Task Reimport_ShowsChangedFieldsAndPublishesNewVersion_WhenFileChanged()
    {
        using var factory = new ParPortalFactory();
        var client = await EditorAsync(factory);
        var records = Fresh(3);
        await ImportPage.ConfirmAsync(client, await ImportPage.UploadAsync(client, ImportPage.Xlsx(records)));

        records[1] = records[1] with { Fee = "50.000 đồng", ProcessingTime = "03 ngày làm việc" };
        var preview = await ImportPage.UploadAsync(client, ImportPage.Xlsx(records), "Cập nhật.xlsx");

        Assert.Equal((0, 1, 2), (ImportPage.Count(preview, "create"), ImportPage.Count(preview, "update"), ImportPage.Count(preview, "unchanged")));
        var feeRow = preview.QuerySelector("#to-update td[data-field=Fee]")!.ParentElement!;
        Assert.Equal("Không", feeRow.QuerySelector(".old")!.TextContent);
        Assert.Equal("50.000 đồng", feeRow.QuerySelector(".new")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await ImportPage.ConfirmAsync(client, preview)).StatusCode);

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var versions = await db.Procedures.Where(v => v.Code == records[1].Code).OrderBy(v => v.VersionNumber).ToListAsync();
        Assert.Equal(2, versions.Count);
        var latest = versions[1];
        Assert.True(latest.IsPublished && latest.IsLatest && !versions[0].IsPublished);
        Assert.Equal("Nhập từ tệp Cập nhật.xlsx: sửa Thời hạn giải quyết (Trực tiếp), Phí (Trực tiếp)", latest.ChangeNote);
        Assert.Equal("Phí: 50.000 đồng; Lệ phí: 135.000 đồng/lần", latest.Channels.Single().Fee);
        Assert.True(await db.AuditLog.AnyAsync(a => a.ContentItemId == latest.ContentItemId && a.Action == "save" && a.VersionNumber == 2));
        Assert.Equal(1, await db.Procedures.CountAsync(v => v.Code == records[0].Code));
    }

    [Fact]
    public async Task Reimport_ChangesDeadlineOfEveryChannelAndPreviewsEach_WhenSheetGivesOneDeadline()
    {
        using var factory = new ParPortalFactory();
        var client = await EditorAsync(factory);
        var records = Fresh(2);
        // Stored with three channels sharing one deadline, one online fee of its own.
        records[0] = records[0] with
        {
            ProcessingTime = "Trực tiếp: 15 ngày làm việc\nTrực tuyến: 15 ngày làm việc\nBưu chính công ích: 15 ngày làm việc",
            Fee = "Trực tiếp: 100.000 đồng\nTrực tuyến: 50.000 đồng\nBưu chính công ích: 100.000 đồng",
            Charge = "",
        };
        await ImportPage.ConfirmAsync(client, await ImportPage.UploadAsync(client, ImportPage.Xlsx(records)));

        // The agency's sheet now says 10 days, once, as most sheets do.
        records[0] = records[0] with { ProcessingTime = "10 ngày làm việc" };
        var preview = await ImportPage.UploadAsync(client, ImportPage.Xlsx(records), "Thời hạn mới.xlsx");

        Assert.Equal((1, 1), (ImportPage.Count(preview, "update"), ImportPage.Count(preview, "unchanged")));
        var rows = preview.QuerySelectorAll("#to-update td[data-field=ProcessingTime]").Select(td => td.ParentElement!).ToList();
        Assert.Equal(["Thời hạn giải quyết (Trực tiếp)", "Thời hạn giải quyết (Trực tuyến)", "Thời hạn giải quyết (Dịch vụ bưu chính công ích)"],
            rows.Select(r => r.QuerySelector("td[data-field]")!.TextContent));
        Assert.All(rows, r => Assert.Equal(("15 ngày làm việc", "10 ngày làm việc"), (r.QuerySelector(".old")!.TextContent, r.QuerySelector(".new")!.TextContent)));
        Assert.Empty(preview.QuerySelectorAll("#to-update td[data-field=Fee]"));
        Assert.Equal(HttpStatusCode.Redirect, (await ImportPage.ConfirmAsync(client, preview)).StatusCode);

        await using var scope = factory.Scope();
        var latest = await factory.Db(scope).Procedures.SingleAsync(v => v.Code == records[0].Code && v.IsLatest && v.IsPublished);
        Assert.Equal(
            [
                (SubmissionChannel.TrucTiep, "10 ngày làm việc", "100.000 đồng"),
                (SubmissionChannel.TrucTuyen, "10 ngày làm việc", "50.000 đồng"),
                (SubmissionChannel.BuuChinh, "10 ngày làm việc", "100.000 đồng"),
            ],
            latest.Channels.Select(c => (c.Channel, c.ProcessingTime, c.Fee)));
    }

    [Fact]
    public async Task Import_AbolishesProcedure_WhenFileSaysAbolished()
    {
        using var factory = new ParPortalFactory();
        var client = await EditorAsync(factory);
        var records = Fresh(3);
        await ImportPage.ConfirmAsync(client, await ImportPage.UploadAsync(client, ImportPage.Xlsx(records)));

        records[2] = records[2] with { Status = ParPortal.Procedures.ProcedureStatus.Abolished };
        var preview = await ImportPage.UploadAsync(client, ImportPage.Xlsx(records));
        Assert.Equal(1, ImportPage.Count(preview, "abolish"));
        Assert.Contains(records[2].Code, preview.QuerySelector("#to-abolish")!.TextContent);
        await ImportPage.ConfirmAsync(client, preview);

        await using var scope = factory.Scope();
        var published = await factory.Db(scope).Procedures.SingleAsync(v => v.Code == records[2].Code && v.IsPublished);
        Assert.Equal(ParPortal.Procedures.ProcedureStatus.Abolished, published.Status);
        Assert.Equal(2, published.VersionNumber);
        Assert.StartsWith("Nhập từ tệp", published.ChangeNote);
    }

    public static TheoryData<string> BadFiles => ["text", "zipbomb", "missingcolumn", "duplicate", "toolarge"];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_ShowsVietnameseErrorAndChangesNothing_WhenFileIsBad(string kind)
    {
        using var factory = new ParPortalFactory();
        var client = await EditorAsync(factory);
        var (bytes, expected) = kind switch
        {
            "text" => (Encoding.UTF8.GetBytes("Mã thủ tục;Tên thủ tục\n1.001;Thủ tục A\n"), ".xlsx"),
            "zipbomb" => (ZipBomb(), "nén"),
            "missingcolumn" => (new RawWorkbook().Row(1, "Mã thủ tục", "Tên thủ tục").Row(2, $"T{run}.001", "Thủ tục A").ToBytes(), "thiếu cột bắt buộc"),
            "duplicate" => (ImportPage.Xlsx([.. Fresh(2), Fresh(1)[0] with { Name = "Trùng mã" }]), "bị lặp"),
            _ => (new byte[new OfficePackageLimits().MaxFileBytes + 1], "Tệp quá lớn"),
        };

        var page = await ImportPage.UploadAsync(client, bytes);

        Assert.Contains(expected, ImportPage.Errors(page), StringComparison.OrdinalIgnoreCase);
        Assert.Null(page.QuerySelector("form[action*='handler=Commit']"));
        Assert.Equal(0, await WrittenAsync(factory));
    }

    [Fact]
    public async Task Commit_ChangesNothing_WhenItFailsMidway()
    {
        using var factory = new FailingHandlerFactory();
        var client = await EditorAsync(factory);
        var records = Fresh(5);
        records[3] = records[3] with { Name = FailOnThirdHandler.Marker + records[3].Name };

        var preview = await ImportPage.UploadAsync(client, ImportPage.Xlsx(records));
        Assert.Equal(5, ImportPage.Count(preview, "create"));
        var response = await ImportPage.ConfirmAsync(client, preview);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không có thay đổi nào được lưu", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Scope();
        Assert.Equal(0, await WrittenAsync(factory));
    }

    [Fact]
    public async Task Export_RoundTripsThroughImport_WithVietnameseFileName()
    {
        using var factory = new ParPortalFactory();
        var client = await EditorAsync(factory);
        var records = Fresh(3);
        await ImportPage.ConfirmAsync(client, await ImportPage.UploadAsync(client, ImportPage.Xlsx(records)));

        var response = await client.GetAsync("/admin/procedures/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("filename*=UTF-8''Danh%20s%C3%A1ch%20th%E1%BB%A7%20t%E1%BB%A5c", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.GetValues("Content-Disposition").First());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var read = new ProcedureSpreadsheetReader().Read(bytes);
        Assert.True(read.Succeeded);
        var exported = read.Records.Where(r => r.Code.StartsWith($"T{run}.", StringComparison.Ordinal)).OrderBy(r => r.Code).ToList();
        Assert.Equal(records.Select(ProcedureImportService.Canonical).OrderBy(r => r.Code), exported);
        var again = await ImportPage.UploadAsync(client, bytes);
        Assert.Equal((0, 0), (ImportPage.Count(again, "create"), ImportPage.Count(again, "update")));
        Assert.True(ImportPage.Count(again, "unchanged") >= 3);
    }

    [Fact]
    public async Task ImportPage_IsForbidden_WhenUserLacksImportPermission()
    {
        using var factory = new ParPortalFactory();
        await factory.CreateUserAsync("vp" + run, Roles.Office);
        var client = await factory.LoginAsync("vp" + run);

        var response = await client.GetAsync(ImportPage.Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery);
    }

    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var bomb = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                bomb.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The host with a content handler that fails on the procedure whose title carries the marker.</summary>
    private sealed class FailingHandlerFactory : ParPortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddScoped<IContentHandler, FailOnThirdHandler>());
        }
    }

    private sealed class FailOnThirdHandler : IContentHandler
    {
        public const string Marker = "[lỗi] ";

        public Task HandleAsync(ContentChange change, CancellationToken ct) =>
            change.Latest?.Title.StartsWith(Marker, StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("Simulated index failure.")
                : Task.CompletedTask;
    }
}
