using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security.BadInput;

/// <summary>Query strings no form would send, on public pages, admin pages and the API: never a 5xx, never a write.</summary>
public sealed class BadQueryStringTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] Values =
    [
        "abc", "-1", "0", "2147483648", "99999999999999999999", "1e9", "1.5", "NaN", "%00", "%01", "%0d%0a", "%ff%fe", "%e0%80%80",
        "%ud800", "'%20OR%201=1--", "%3Cscript%3Ealert(1)%3C/script%3E", "0001-01-01", "9999-12-31", "2026-02-30", "..%2F..%2Fetc%2Fpasswd",
    ];

    private static readonly (string Path, string[] Parameters)[] Routes =
    [
        ("/api/content", ["page", "pageSize", "status", "type", "from", "to", "q", "topic", "unit"]),
        ("/api/search", ["q", "page", "pageSize", "year", "type", "drafts"]),
        ("/api/search/suggest", ["q", "limit"]),
        ("/api/units", ["activeOn"]),
        ("/tim-kiem", ["q", "page", "year", "type", "topic"]),
        ("/tin-bai", ["trang"]),
        ("/van-ban", ["trang", "loai", "co-quan", "nam", "so"]),
        ("/thu-tuc", ["trang", "linh-vuc", "cap", "truc-tuyen", "ma", "ten"]),
        ("/chu-de/chi-dao-dieu-hanh", ["trang"]),
        ("/admin/content", ["page", "type", "status", "q", "unit"]),
        ("/admin/audit", ["page", "from", "to", "user", "action", "type"]),
        ("/admin/search", ["q", "page"]),
        ("/ngon-ngu", ["culture", "returnUrl"]),
    ];

    [Fact]
    public async Task EveryRoute_AnswersWithoutError_WhateverItsQueryParametersHold()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("bq-admin", Roles.Administrator);
        using var admin = await factory.LoginAsync("bq-admin");
        using var api = await factory.ApiClientAsync("bq-admin");
        var harness = new BadInputHarness(factory, output);
        await factory.CreateHotlineAsync("Đường dây nóng", AdminTestData.UnitA, publish: true);

        var i = 0;
        foreach (var (path, parameters) in Routes)
        {
            var client = path.StartsWith("/api", StringComparison.Ordinal) ? api : admin;
            foreach (var parameter in parameters)
            {
                // Every value on the first parameter of a route, a rotating share on the others: enough to reach each parser.
                foreach (var value in Values.Where(_ => parameter == parameters[0] || i++ % 4 == 0))
                {
                    var url = $"{path}?{parameter}={value}";
                    await harness.CheckAsync("GET " + url, () => client.GetAsync(url));
                }
            }
        }

        var plan = Guid.NewGuid();
        foreach (var asOf in (string[])["abc", "0001-01-01", "9999-12-31", "2026-02-30", "%00"])
        {
            await harness.CheckAsync("progress asOf " + asOf, () => api.GetAsync($"/api/plans/{plan}/progress?asOf={asOf}"), Expect.Refused);
        }

        harness.AssertNoFailures(atLeast: 100);
    }
}
