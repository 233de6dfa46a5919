using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Recipes;
using ParPortal.Features.Users;
using ParPortal.Tests.Infrastructure;
using ParPortal.Tests.Procedures.Import;

namespace ParPortal.Tests.Security.BadInput;

/// <summary>Hostile spreadsheets on the procedure import, and hostile recipes: refused whole, with a message, nothing half-imported.</summary>
public sealed class BadSpreadsheetAndRecipeTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task ProcedureImport_PreviewsOrRefusesEveryHostileSheet_WithoutImporting()
    {
        using var factory = new ParPortalFactory();
        await factory.CreateUserAsync("bs-editor", Roles.Editor);
        using var admin = await factory.LoginAsync("bs-editor");
        var harness = new BadInputHarness(factory, output);

        foreach (var (name, sheet) in Sheets())
        {
            await harness.CheckAsync("sheet " + name, () => PreviewAsync(admin, sheet.ToBytes()), isForm: true);
        }

        // Files no Office library writes: characters XML forbids, raw and escaped, and markup that does not close.
        var header = MinimalXlsx.Row(1, "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện");
        foreach (var (name, rows) in ((string, string)[])[
                     ("raw control character", header + MinimalXlsx.Row(2, "1.001", "Thủ\u0001 tục", "Hộ tịch", "Cấp Xã")),
                     ("control character reference", header + MinimalXlsx.Row(2, "1.001", "Thủ&#1; tục", "Hộ tịch", "Cấp Xã")),
                     ("surrogate reference", header + MinimalXlsx.Row(2, "1.001", "Thủ&#xD800; tục", "Hộ tịch", "Cấp Xã")),
                     ("Excel escape", header + MinimalXlsx.Row(2, "1.001", "Thủ_x0001_ tục_x001F_", "Hộ tịch", "Cấp Xã")),
                     ("unclosed row", header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>1.001"),
                     ("entity expansion", header + MinimalXlsx.Row(2, "1.001", "&lol;", "Hộ tịch", "Cấp Xã"))])
        {
            await harness.CheckAsync("sheet " + name, () => PreviewAsync(admin, MinimalXlsx.Build(rows)), isForm: true);
        }

        harness.AssertNoFailures(atLeast: 25);
    }

    [Fact]
    public async Task RecipeImport_RefusesEveryHostileRecipe_WithoutChangingAnything()
    {
        using var factory = new ParPortalFactory();
        _ = factory.Server;
        var harness = new BadInputHarness(factory, output);
        static bool Clean(Exception e) => e is RecipeException;

        foreach (var (name, recipe) in Recipes())
        {
            await harness.CheckAsync("recipe " + name, async () =>
            {
                await using var scope = factory.Scope();
                await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportAsync(recipe, "test");
            }, Clean);
        }

        await harness.AssertStoredContentIsCleanAsync();
        harness.AssertNoFailures(atLeast: 25);
    }

    private static IEnumerable<(string, RawWorkbook)> Sheets()
    {
        static RawWorkbook Header() => new RawWorkbook().Row(1, "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Mức độ DVC", "Tình trạng");
        yield return ("empty", new RawWorkbook());
        yield return ("header only", Header());
        yield return ("no header", new RawWorkbook().Row(1, "a", "b").Row(2, "c", "d"));
        yield return ("level unknown", Header().Row(2, "1.002", "Thủ tục", "Hộ tịch", "Cấp Vũ trụ"));
        yield return ("online level unknown", Header().Row(2, "1.003", "Thủ tục", "Hộ tịch", "Cấp Xã", "Mức độ 9"));
        yield return ("status unknown", Header().Row(2, "1.004", "Thủ tục", "Hộ tịch", "Cấp Xã", "Toàn trình", "Đang bàn"));
        yield return ("code with path", Header().Row(2, "../etc/passwd", "Thủ tục", "Hộ tịch", "Cấp Xã"));
        yield return ("code very long", Header().Row(2, new string('1', 300), "Thủ tục", "Hộ tịch", "Cấp Xã"));
        yield return ("name very long", Header().Row(2, "1.005", new string('Đ', 5_000), "Hộ tịch", "Cấp Xã"));
        yield return ("duplicate codes", Header().Row(2, "1.006", "A", "Hộ tịch", "Cấp Xã").Row(3, "1.006", "B", "Hộ tịch", "Cấp Xã"));
        yield return ("formula text", Header().Row(2, "=1+1", "=HYPERLINK(\"http://evil\")", "@SUM(A1)", "Cấp Xã"));
        yield return ("numbers as codes", Header().Number(2, 0, 1.001193).Text(2, 1, "Thủ tục").Text(2, 2, "Hộ tịch").Text(2, 3, "Cấp Xã"));
        yield return ("date as name", Header().Date(2, 1, new DateTime(1900, 1, 1)).Text(2, 0, "1.007").Text(2, 2, "Hộ tịch").Text(2, 3, "Cấp Xã"));
        yield return ("row 1048576", Header().Row(1_048_576, "1.008", "Thủ tục", "Hộ tịch", "Cấp Xã"));
        yield return ("column XFD", Header().Text(2, 16_383, "xa").Row(3, "1.009", "Thủ tục", "Hộ tịch", "Cấp Xã"));
        yield return ("merge reversed", Header().Row(2, "1.010", "Thủ tục", "Hộ tịch", "Cấp Xã").Merge("C9:C2"));
        yield return ("merge nonsense", Header().Row(2, "1.011", "Thủ tục", "Hộ tịch", "Cấp Xã").Merge("ZZZZZ1:A").Merge("1:1").Merge(""));
        yield return ("merges over the limit", ManyMerges(Header().Row(2, "1.012", "Thủ tục", "Hộ tịch", "Cấp Xã"), 6_000));
        yield return ("many rows", ManyRows(Header(), 10_050));
        yield return ("C1 control and DEL", Header().Row(2, "1.013", "Thủ\u0085 tục\u007f", "Hộ\u009b tịch", "Cấp Xã"));
    }

    private static RawWorkbook ManyMerges(RawWorkbook workbook, int count)
    {
        for (var i = 0; i < count; i++)
        {
            workbook.Merge("C2:C1048576");
        }

        return workbook;
    }

    private static RawWorkbook ManyRows(RawWorkbook workbook, int count)
    {
        for (var r = 2; r < count + 2; r++)
        {
            workbook.Text(r, 0, "9." + r.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return workbook;
    }

    private static IEnumerable<(string, string)> Recipes()
    {
        static string Steps(string steps) => "{ \"name\": \"xau\", \"steps\": [" + steps + "] }";
        static string Item(string fields) => Steps("{ \"step\": \"content\", \"items\": [ { \"key\": \"k-" + Guid.NewGuid().ToString("N")[..6] + "\", " + fields + " } ] }");
        yield return ("not json", "{ steps: ");
        yield return ("no steps", "{ \"name\": \"x\" }");
        yield return ("steps not an array", "{ \"steps\": {} }");
        yield return ("unknown step", Steps("{ \"step\": \"xoa-het\" }"));
        yield return ("step without kind", Steps("{ }"));
        yield return ("settings missing", Steps("{ \"step\": \"settings\" }"));
        yield return ("settings script logo", Steps("{ \"step\": \"settings\", \"settings\": { \"logoUrl\": \"javascript:alert(1)\" } }"));
        yield return ("settings empty site name", Steps("{ \"step\": \"settings\", \"settings\": { \"siteName\": \"  \" } }"));
        yield return ("settings bad phone", Steps("{ \"step\": \"settings\", \"settings\": { \"agencyPhone\": \"gọi tôi\" } }"));
        yield return ("settings bad email", Steps("{ \"step\": \"settings\", \"settings\": { \"agencyEmail\": \"@@\" } }"));
        yield return ("content without key", Steps("{ \"step\": \"content\", \"items\": [ { \"type\": \"Hotline\", \"title\": \"x\" } ] }"));
        yield return ("content unknown type", Item("\"type\": \"Podcast\", \"title\": \"x\""));
        yield return ("content enum number", Item("\"type\": \"Procedure\", \"title\": \"x\", \"code\": \"1.1\", \"field\": \"a\", \"level\": 99"));
        yield return ("content enum name", Item("\"type\": \"Procedure\", \"title\": \"x\", \"code\": \"1.1\", \"field\": \"a\", \"status\": \"Đang bàn\""));
        yield return ("content date far", Item("\"type\": \"Document\", \"title\": \"x\", \"number\": \"1/KH\", \"documentType\": \"Kế hoạch\", \"issueDate\": \"9999-12-31\""));
        yield return ("content state unknown", Item("\"type\": \"Hotline\", \"title\": \"x\", \"purpose\": \"y\", \"phones\": [\"0233 3852 000\"], \"state\": \"Deleted\""));
        yield return ("content schedule far", Item("\"type\": \"Hotline\", \"title\": \"x\", \"purpose\": \"y\", \"phones\": [\"0233 3852 000\"], \"scheduledPublishAt\": \"9999-12-31T00:00:00Z\""));
        yield return ("content title null", Item("\"type\": \"Hotline\", \"title\": null, \"purpose\": \"y\", \"phones\": [\"0233 3852 000\"]"));
        yield return ("content phones null", Item("\"type\": \"Hotline\", \"title\": \"x\", \"purpose\": \"y\", \"phones\": null"));
        yield return ("content unknown unit", Item("\"type\": \"Hotline\", \"title\": \"x\", \"purpose\": \"y\", \"phones\": [\"0233 3852 000\"], \"unit\": \"KHONG-CO\""));
        yield return ("content gallery script", Item("\"type\": \"Article\", \"title\": \"x\", \"body\": \"<p>a</p>\", \"gallery\": [ { \"url\": \"javascript:alert(1)\", \"alt\": \"a\" } ]"));
        yield return ("units bad code", Steps("{ \"step\": \"units\", \"units\": [ { \"code\": \"../ X\", \"name\": \"x\", \"validFrom\": \"2020-01-01\" } ] }"));
        yield return ("units successor cycle", Steps("{ \"step\": \"units\", \"units\": [ { \"code\": \"C-A\", \"name\": \"a\", \"validFrom\": \"2020-01-01\", \"successors\": [\"C-B\"] }, { \"code\": \"C-B\", \"name\": \"b\", \"validFrom\": \"2020-01-01\", \"successors\": [\"C-A\"] } ] }"));
        yield return ("units far date", Steps("{ \"step\": \"units\", \"units\": [ { \"code\": \"C-F\", \"name\": \"f\", \"validFrom\": \"0001-01-01\" } ] }"));
        yield return ("topics empty name", Steps("{ \"step\": \"topics\", \"topics\": [ { \"name\": \"\" } ] }"));
        yield return ("topics missing parent", Steps("{ \"step\": \"topics\", \"topics\": [ { \"name\": \"Con\", \"parent\": \"khong-co\" } ] }"));
        yield return ("plan missing", Steps("{ \"step\": \"plan\" }"));
        yield return ("plan malformed", Steps("{ \"step\": \"plan\", \"plan\": { \"year\": \"năm\" } }"));
        yield return ("plan impossible rule", Steps("{ \"step\": \"plan\", \"plan\": { \"number\": \"1/KH\", \"title\": \"KH\", \"year\": 2026, \"tasks\": [ { \"code\": \"1\", \"content\": \"x\", \"rules\": [ { \"kind\": \"count\", \"types\": [\"Article\"], \"min\": -1, \"window\": { \"kind\": \"Year\" } } ] } ] } }"));
        // The one bad item comes after a good one: the good one must not stay behind.
        yield return ("good then bad", Steps("{ \"step\": \"units\", \"units\": [ { \"code\": \"TOT\", \"name\": \"Tốt\", \"validFrom\": \"2020-01-01\" } ] }, { \"step\": \"content\", \"items\": [ { \"key\": \"k-bad\", \"type\": \"Hotline\", \"title\": \"\" } ] }"));
    }

    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, byte[] bytes)
    {
        var html = await (await client.GetAsync("/admin/procedures/import")).Content.ReadAsStringAsync();
        var token = new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", "danh-sach.xlsx" },
        };
        return await client.PostAsync("/admin/procedures/import?handler=Preview", form);
    }
}
