using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security.BadInput;

/// <summary>Dates out of any sane range and enum values no switch expects, on every path that takes them.</summary>
public sealed class BadDatesAndEnumsTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] BadDates = ["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"];

    private static readonly string[] BadInstants =
    [
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "1900-01-01T00:00:00Z",
        "2200-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-12-01T25:00:00Z", "ngày mai", "",
    ];

    [Fact]
    public async Task Api_RefusesDatesOutOfRange_AndEnumValuesTheTypeDoesNotDefine()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("bd-admin", Roles.Administrator);
        using var api = await factory.ApiClientAsync("bd-admin");
        var harness = new BadInputHarness(factory, output);
        var id = await factory.CreateHotlineAsync("Đường dây nóng", AdminTestData.UnitA);

        foreach (var at in BadInstants)
        {
            await harness.CheckAsync("schedule publishAt " + at, () => api.PostAsync($"/api/content/{id}/schedule", AdminTestData.Json($$"""{"publishAt":"{{at}}"}""")), Expect.Refused);
            await harness.CheckAsync("schedule unpublishAt " + at, () => api.PostAsync($"/api/content/{id}/schedule", AdminTestData.Json($$"""{"unpublishAt":"{{at}}"}""")), Expect.Refused);
        }

        foreach (var day in BadDates)
        {
            foreach (var field in (string[])["issueDate", "effectiveDate", "expiryDate"])
            {
                var json = $$"""{"type":"Document","title":"Văn bản","number":"1/KH","documentType":"Kế hoạch","unit":"TEST-A","{{field}}":"{{day}}"}""";
                await harness.CheckAsync($"document {field} {day}", () => api.PostAsync("/api/content", AdminTestData.Json(json)), Expect.Refused);
            }

            var basis = $$"""{"type":"Procedure","title":"Thủ tục","code":"1.00{{day[..4]}}","field":"Hộ tịch","level":"Xa","legalBases":[{"number":"1/2020/NĐ-CP","date":"{{day}}"}]}""";
            await harness.CheckAsync($"legal basis date {day}", () => api.PostAsync("/api/content", AdminTestData.Json(basis)), Expect.Refused);
            await harness.CheckAsync($"unit validFrom {day}", () => api.PostAsync("/api/units", AdminTestData.Json($$"""{"code":"U-{{day[..4]}}","name":"Đơn vị","validFrom":"{{day}}"}""")), Expect.Refused);
            var result = $$"""{"type":"IndexResult","title":"PAR INDEX","index":"PARINDEX","year":{{day[..4]}},"subject":"Tỉnh","score":80}""";
            await harness.CheckAsync($"index result year {day[..4]}", () => api.PostAsync("/api/content", AdminTestData.Json(result)), Expect.Refused);
        }

        foreach (var (field, value) in ((string, string)[])[
                     ("level", "99"), ("level", "-1"), ("level", "\"99\""), ("level", "\"Huyện\""), ("level", "\"Bo, Tinh\""), ("level", "\"\""), ("level", "true"),
                     ("onlineLevel", "7"), ("onlineLevel", "\"Mức độ 4\""), ("onlineLevel", "\"3\""), ("status", "42"), ("status", "\"Abolished,Amended\""),
                     ("status", "\"Hết hiệu lực\""), ("status", "null")])
        {
            var json = $$"""{"type":"Procedure","title":"Thủ tục","code":"2.000001","field":"Hộ tịch","level":"Xa","{{field}}":{{value}}}""".Replace("\"level\":\"Xa\",\"level\"", "\"level\"", StringComparison.Ordinal);
            await harness.CheckAsync($"procedure {field} = {value}", () => api.PostAsync("/api/content", AdminTestData.Json(json)), Expect.Refused);
        }

        foreach (var (field, value) in ((string, string)[])[("channel", "9"), ("channel", "\"Fax\"")])
        {
            var json = $$"""{"type":"Procedure","title":"Thủ tục","code":"2.000002","field":"Hộ tịch","level":"Xa","channels":[{"{{field}}":{{value}},"fee":"Không"}]}""";
            await harness.CheckAsync($"procedure channel {value}", () => api.PostAsync("/api/content", AdminTestData.Json(json)), Expect.Refused);
        }

        foreach (var scale in (string[])["5", "\"Percent, ZeroToTen\"", "\"Thang 100\""])
        {
            var json = $$"""{"type":"IndexResult","title":"PAR INDEX","index":"PARINDEX","year":2024,"subject":"Tỉnh","score":80,"scale":{{scale}}}""";
            await harness.CheckAsync($"index scale {scale}", () => api.PostAsync("/api/content", AdminTestData.Json(json)), Expect.Refused);
        }

        // Names in another case are the same value, and accepted.
        await harness.CheckAsync("level in lower case", () => api.PostAsync("/api/content", AdminTestData.Json("""{"type":"Procedure","title":"Thủ tục","code":"2.000003","field":"Hộ tịch","level":"xa"}""")), Expect.Accepted);

        await harness.AssertStoredContentIsCleanAsync();
        using var admin = await factory.LoginAsync("bd-admin");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.GetAsync("/admin/procedures/export")).StatusCode);
        harness.AssertNoFailures(atLeast: 60);
    }

    [Fact]
    public async Task AdminForms_RefuseBadDatesAndEnums_WithoutSaving()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("bd-form", Roles.Administrator);
        using var admin = await factory.LoginAsync("bd-form");
        var harness = new BadInputHarness(factory, output);
        var id = await factory.CreateHotlineAsync("Đường dây nóng", AdminTestData.UnitA);

        foreach (var at in (string[])["9999-12-31T23:59", "0001-01-01T00:00", "2026-02-30T08:00", "mai", "2200-01-01T08:00"])
        {
            await harness.CheckAsync("item schedule " + at, () => admin.PostFormAsync($"/admin/content/{id}?handler=Schedule", new() { ["publishAt"] = at }, $"/admin/content/{id}"), Expect.Refused, isForm: true);
        }

        foreach (var level in (string[])["99", "-1", "Huyện", ""])
        {
            var fields = new Dictionary<string, string> { ["Input.Title"] = "Thủ tục", ["Input.Code"] = "3.000001", ["Input.Field"] = "Hộ tịch", ["Input.Level"] = level };
            await harness.CheckAsync("form procedure level " + level, () => admin.PostFormAsync("/admin/content/new/Procedure", fields), Expect.Refused, isForm: true);
        }

        // Model binding reads "Bo,Tinh" as the flags of both, which is a defined level: stored as that level, nothing odd.
        var combined = new Dictionary<string, string> { ["Input.Title"] = "Thủ tục", ["Input.Code"] = "3.000002", ["Input.Field"] = "Hộ tịch", ["Input.Level"] = "Bo,Tinh" };
        await harness.CheckAsync("form procedure level Bo,Tinh", () => admin.PostFormAsync("/admin/content/new/Procedure", combined), isForm: true);
        await harness.AssertStoredContentIsCleanAsync();

        foreach (var day in (string[])["0001-01-01", "9999-12-31", "2026-02-30", "hôm qua"])
        {
            var fields = new Dictionary<string, string> { ["Input.Title"] = "Văn bản", ["Input.Number"] = "1/KH", ["Input.DocumentType"] = "Kế hoạch", ["Input.IssueDate"] = day };
            await harness.CheckAsync("form document date " + day, () => admin.PostFormAsync("/admin/content/new/Document", fields), Expect.Refused, isForm: true);
            await harness.CheckAsync("token expiry " + day, () => admin.PostFormAsync("/admin/tokens?handler=Create", new() { ["name"] = "Máy", ["expires"] = day }, "/admin/tokens"), Expect.Refused, isForm: true);
        }

        foreach (var day in (string[])["0001-01-01", "9999-12-31", "2026-02-30", "mùng một"])
        {
            var fields = new Dictionary<string, string> { ["Input.Code"] = "F-" + day.Length, ["Input.Name"] = "Đơn vị", ["Input.ValidFrom"] = day };
            await harness.CheckAsync("unit form validFrom " + day, () => admin.PostFormAsync("/admin/units/edit", fields), Expect.Refused, isForm: true);
        }

        harness.AssertNoFailures(atLeast: 20);
    }
}
