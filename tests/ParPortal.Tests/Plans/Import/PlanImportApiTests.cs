using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Plans.Import;
using ParPortal.Features.Users;
using ParPortal.Quotas.Import;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Recipes;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ParPortal.Tests.Plans.Import;

/// <summary>A site with the units of all five seed plans (their recipes imported), to import the seeds' own files.</summary>
public sealed class SeedPlansFactory : ParPortalFactory
{
    public override string[] Recipes =>
    [
        "setup.json", .. Directory.GetFiles(Path.Combine(PlanImportApiTests.RepoRoot(), "recipes", "plans"), "*.json").Order().Select(f => "plans/" + Path.GetFileName(f)),
    ];
}

/// <summary>
/// <c>POST /api/plans/import</c> on .docx copies of the five seeds (generated with real tables and Word lists) and on
/// their text, scored against the recipes; and every kind of bad file refused with a Vietnamese message, nothing saved.
/// </summary>
public sealed class PlanImportApiTests(SeedPlansFactory factory, ITestOutputHelper output) : IClassFixture<SeedPlansFactory>
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "recipes", "plans"), "*.json").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Import_ReadsTheSeedsWordFile_WithItsTasksAndRules(string seed)
    {
        var expected = ExpectedPlan(seed);
        var docx = SeedDocx.FromText(await File.ReadAllTextAsync(SeedText(seed)));
        var api = await factory.ApiClientAsync("admin");
        var countBefore = await ContentCountAsync();

        var response = await api.PostAsync("/api/plans/import", Upload(docx, seed + ".docx", expected.IssuingUnit));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.ReadJsonAsync<PlanImportResponse>();
        var score = PlanImportScore.Compare(expected, result.Plan);
        output.WriteLine($"{seed}.docx: tasks {score.FoundTasks}/{score.ExpectedTasks}, rules {score.RightRules}/{score.ExpectedRules}, periods {score.RightPeriods}/{score.ExpectedPeriods}");
        score.Misses.ToList().ForEach(output.WriteLine);
        Assert.True(score.TaskRecall >= 0.95, $"task recall {score.TaskRecall:P0}");
        Assert.True(score.RuleAccuracy >= 0.9, $"rule accuracy {score.RuleAccuracy:P0}");
        Assert.Equal(expected.Year, result.Plan.Year);
        Assert.Equal(countBefore, await ContentCountAsync());
    }

    [Fact]
    public async Task Import_ReadsPlainText_AndReturnsNotesToCheck()
    {
        var api = await factory.ApiClientAsync("admin");
        var text = await File.ReadAllBytesAsync(SeedText("004_252965e07a3718f5"));

        var response = await api.PostAsync("/api/plans/import", Upload(text, "ke-hoach.txt", "GTVT"));

        var result = await response.ReadJsonAsync<PlanImportResponse>();
        Assert.Equal(16, result.Plan.Tasks.Count);
        Assert.Contains(result.Notes, n => n.Contains("20/11/2024", StringComparison.Ordinal));
        Assert.Equal("Quảng Trị", result.Plan.Place);
        Assert.Equal("Trần Hữu Hùng", result.Plan.Signer);
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "letter", "không phải là kế hoạch" },
        { "empty-table", "Không đọc được nhiệm vụ nào" },
        { "too-large", "Tệp quá lớn" },
        { "zip-bomb", "giải nén" },
        { "spreadsheet", "không phải văn bản Word" },
        { "old-doc", ".doc" },
        { "binary", "không phải văn bản" },
        { "empty", "Tệp rỗng" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_Returns400NamingFile_AndSavesNothing_WhenTheFileIsNoReadablePlan(string kind, string message)
    {
        var api = await factory.ApiClientAsync("admin");
        var countBefore = await ContentCountAsync();
        var (bytes, name) = BadFile(kind);

        var response = await api.PostAsync("/api/plans/import", Upload(bytes, name, "GTVT"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(countBefore, await ContentCountAsync());
    }

    [Fact]
    public async Task Import_Returns400NamingIssuingUnit_WhenTheUnitIsUnknown()
    {
        var api = await factory.ApiClientAsync("admin");

        var response = await api.PostAsync("/api/plans/import", Upload(Encoding.UTF8.GetBytes("KẾ HOẠCH năm 2024"), "k.txt", "KHONG-CO"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("issuingUnit", out _));
    }

    [Fact]
    public async Task Import_Returns403_WhenAContributorTries()
    {
        await factory.EnsureUserAsync("import-contributor", Roles.Contributor, "GTVT-VP");
        var api = await factory.ApiClientAsync("import-contributor");

        var response = await api.PostAsync("/api/plans/import", Upload(Encoding.UTF8.GetBytes("KẾ HOẠCH"), "k.txt", "GTVT"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<int> ContentCountAsync()
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).ContentItems.CountAsync();
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string issuingUnit)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(issuingUnit), "issuingUnit" } };
    }

    private static (byte[] Bytes, string Name) BadFile(string kind) => kind switch
    {
        "letter" => (SeedDocx.FromText("Kính gửi: Sở Nội vụ\nBiên bản họp giao ban tháng 3.\nNgười chủ trì: ông A."), "bien-ban.docx"),
        "empty-table" => (SeedDocx.FromText("KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n\t\t\t"), "trong.docx"),
        // 50 MB: bigger than the limit, refused before it is read.
        "too-large" => (new byte[50 * 1024 * 1024], "lon.docx"),
        "zip-bomb" => (ZipBomb(), "bom.docx"),
        "spreadsheet" => (Package("xl/workbook.xml"), "bang.docx"),
        "old-doc" => ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "cu.doc"),
        "binary" => ([0xFF, 0xFE, 0x00, 0x01, 0x02, 0x00, 0x9F], "rac.bin"),
        _ => ([], "rong.txt"),
    };

    /// <summary>300 MB of zeros as a Word part: a few hundred kilobytes on the wire.</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var bomb = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                bomb.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Package(string mainPart)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            zip.CreateEntry(mainPart).Open().Dispose();
        }

        return stream.ToArray();
    }

    private static PlanDefinition ExpectedPlan(string seed) =>
        PlanRecipe.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "recipes", "plans", seed + ".json"))).Plans.Single();

    private static string SeedText(string seed) => Path.Combine(RepoRoot(), "..", "shared", "seeds", seed + ".txt");

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ParPortal.sln not found above the test binaries.");
    }
}
