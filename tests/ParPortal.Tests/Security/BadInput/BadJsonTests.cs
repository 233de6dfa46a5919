using System.Text;
using ParPortal.Features.Users;
using ParPortal.Tests.Admin;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Security.BadInput;

/// <summary>Malformed and hostile JSON bodies on every writing API route: answered 4xx with a ProblemDetails, nothing saved.</summary>
public sealed class BadJsonTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] Malformed =
    [
        "", " ", "{", "}", "[", "[]", "null", "true", "1", "\"x\"", "{\"type\":", "{\"type\":\"Hotline\",}", "{\"type\":\"Hotline\"} trailing",
        "{'type':'Hotline'}", "{\"type\":\"Hotline\",\"title\":\"a\" \"unit\":\"x\"}", "\ufeff{\"type\":1}", "{\"type\":null}", "{\"type\":[]}",
        "{\"type\":\"Podcast\",\"title\":\"x\"}", "{\"type\":\"hotline\",\"title\":\"x\"}", "{\"type\":\"Hotline\",\"title\":NaN}",
        "{\"type\":\"Hotline\",\"title\":Infinity}", "{\"type\":\"Hotline\",\"title\":\"\\ud800\"}", "{\"type\":\"Hotline\",\"title\":\"\\u0000\"}",
        "{\"type\":\"Hotline\",\"title\":\"x\",\"topics\":\"chi-dao-dieu-hanh\"}", "{\"type\":\"Hotline\",\"title\":{\"a\":1}}",
        "{\"type\":\"Hotline\",\"title\":[\"a\"]}", "{\"type\":\"Hotline\",\"title\":123}", "{\"type\":\"Hotline\",\"title\":true}",
        "{\"type\":\"Hotline\",\"phones\":[1,2]}", "{\"type\":\"Hotline\",\"phones\":[[]]}", "{\"type\":\"Hotline\",\"phones\":{}}",
        "{\"type\":\"Hotline\",\"title\":\"x\",\"title\":\"y\"}", "{\"type\":\"IndexResult\",\"score\":1e400}", "{\"type\":\"IndexResult\",\"year\":99999999999}",
        "{\"type\":\"IndexResult\",\"year\":1.5}", "{\"type\":\"IndexResult\",\"score\":\"abc\"}", "{\"type\":\"Document\",\"issueDate\":\"2025-02-30\"}",
        "{\"type\":\"Document\",\"issueDate\":\"hôm qua\"}", "{\"type\":\"Document\",\"issueDate\":20250101}", "{\"type\":\"Procedure\",\"dossier\":[{\"originals\":\"hai\"}]}",
        "{\"type\":\"Procedure\",\"channels\":[{\"channel\":42}]}", "{\"type\":\"Plan\",\"definition\":\"not an object\"}", "{\"type\":\"Plan\",\"year\":\"năm\"}",
        "{\"type\":\"Article\",\"gallery\":[null]}", "{\"type\":\"Article\",\"attachments\":[{\"name\":null,\"url\":null}]}",
    ];

    [Fact]
    public async Task ContentApi_RefusesEveryMalformedBody_WithoutSavingAnything()
    {
        using var factory = new ParPortalFactory();
        await factory.SeedUnitsAsync();
        await factory.CreateUserAsync("bj-admin", Roles.Administrator);
        using var api = await factory.ApiClientAsync("bj-admin");
        var harness = new BadInputHarness(factory, output);
        var id = await factory.CreateHotlineAsync("Đường dây nóng", AdminTestData.UnitA);

        foreach (var body in Malformed)
        {
            await harness.CheckAsync("POST /api/content " + body, () => api.PostAsync("/api/content", Json(body)), Expect.Refused);
            await harness.CheckAsync("PUT /api/content " + body, () => api.PutAsync($"/api/content/{id}", Json($"{{\"baseVersion\":1,\"content\":{(body.Length == 0 ? "\"\"" : body)}}}")), Expect.Refused);
        }

        foreach (var body in (string[])["", "{", "[]", "{\"publishAt\":\"soon\"}", "{\"publishAt\":12}", "{\"publishAt\":\"2026-13-40T00:00:00Z\"}"])
        {
            await harness.CheckAsync("schedule " + body, () => api.PostAsync($"/api/content/{id}/schedule", Json(body)), Expect.Refused);
        }

        foreach (var body in (string[])["", "{", "{\"name\":\"\"}", "{\"name\":null}", "{\"name\":123}", "{\"name\":\"" + new string('a', 400) + "\"}"])
        {
            await harness.CheckAsync("POST /api/topics " + body, () => api.PostAsync("/api/topics", Json(body)), Expect.Refused);
            await harness.CheckAsync("PUT /api/topics/1 " + body, () => api.PutAsync("/api/topics/1", Json(body)), Expect.Refused);
        }

        await harness.CheckAsync("POST /api/topics under a missing parent", () => api.PostAsync("/api/topics", Json("{\"name\":\"A\",\"parent\":\"khong-co\"}")), Expect.Refused);

        foreach (var body in (string[])["", "{", "{\"code\":\"\"}", "{\"code\":\"X\",\"name\":\"\",\"validFrom\":\"2025-07-01\"}", "{\"code\":\"X\",\"name\":\"Y\",\"validFrom\":\"x\"}",
                     "{\"code\":\"X\",\"name\":\"Y\",\"validFrom\":\"2025-07-01\",\"validTo\":\"2020-01-01\"}", "{\"code\":\"X\",\"name\":\"Y\",\"validFrom\":\"2025-07-01\",\"parent\":\"KHONG\"}",
                     "{\"code\":\"X\",\"name\":\"Y\",\"validFrom\":\"2025-07-01\",\"successors\":[\"X\"]}", "{\"code\":\"a b\",\"name\":\"Y\",\"validFrom\":\"2025-07-01\"}"])
        {
            await harness.CheckAsync("POST /api/units " + body, () => api.PostAsync("/api/units", Json(body)), Expect.Refused);
        }

        // The same bodies without the JSON content type, and one too large to read.
        await harness.CheckAsync("no content type", () => api.PostAsync("/api/content", new ByteArrayContent(Encoding.UTF8.GetBytes(AdminTestData.HotlineJson("Không kiểu", AdminTestData.UnitA)))), Expect.Refused);
        await harness.CheckAsync("text/plain", () => api.PostAsync("/api/content", new StringContent(AdminTestData.HotlineJson("Văn bản", AdminTestData.UnitA))), Expect.Refused);
        await harness.CheckAsync("form body", () => api.PostAsync("/api/content", new FormUrlEncodedContent(new Dictionary<string, string> { ["type"] = "Hotline" })), Expect.Refused);
        await harness.CheckAsync("over 4 MB", () => api.PostAsync("/api/content", Json("{\"type\":\"Article\",\"title\":\"x\",\"body\":\"" + new string('a', 4_100_000) + "\"}")), Expect.Refused);
        await harness.CheckAsync("nested 10,000 deep", () => api.PostAsync("/api/content", Json(new string('[', 10_000) + new string(']', 10_000))), Expect.Refused);

        await harness.AssertStoredContentIsCleanAsync();
        harness.AssertNoFailures(atLeast: 100);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
