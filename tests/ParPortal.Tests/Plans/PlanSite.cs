using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParPortal.Features.Plans;
using ParPortal.Quotas.Model;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>
/// Builds a site through the API as an administrator would when moving an agency in: units, items published on their
/// original dates, plans; then reads progress. Every test gives its units a fresh suffix, so tests sharing one host
/// never see each other's agencies.
/// </summary>
internal sealed class PlanSite(HttpClient admin)
{
    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public HttpClient Api => admin;

    public static async Task<PlanSite> OpenAsync(ParPortalFactory factory) => new(await factory.ApiClientAsync("admin"));

    /// <summary>A unit code made unique for this test: "A" → "A-1B2C3D".</summary>
    public string U(string code) => $"{code}-{Suffix}";

    public async Task UnitAsync(string code, string? parent = null, string from = "2000-01-01", string? to = null, params string[] successors)
    {
        var body = new { code = U(code), name = "Đơn vị " + code, kind = "Phòng", parent = parent is null ? null : U(parent), validFrom = from, validTo = to, successors = successors.Select(U).ToList() };
        var response = await admin.PostAsJsonAsync("/api/units", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public Task<Guid> ArticleAsync(string title, string unit, string publishedAt, params string[] topics) =>
        PublishedAsync(new { type = "Article", title, unit = U(unit), topics, body = "<p>Nội dung tin.</p>" }, publishedAt);

    public Task<Guid> DocumentAsync(string title, string kind, string unit, string publishedAt) =>
        PublishedAsync(new { type = "Document", title, unit = U(unit), documentType = kind, number = $"{Random.Shared.Next(1, 99999)}/{Suffix}", issueDate = publishedAt[..10] }, publishedAt);

    public async Task<Guid> ProcedureAsync(string code, string unit, string? publishedAt)
    {
        var body = new { type = "Procedure", title = "Thủ tục " + code, unit = U(unit), code = code + "." + Suffix, field = "Đường bộ", level = "Tinh" };
        return publishedAt is null ? await CreateAsync(body) : await PublishedAsync(body, publishedAt);
    }

    public async Task<Guid> CreateAsync(object content)
    {
        var response = await admin.PostAsync("/api/content", Json(content));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Creates and publishes at a local time ("2024-03-01T09:00:00"), the administrator's original date.</summary>
    public async Task<Guid> PublishedAsync(object content, string publishedAt)
    {
        var id = await CreateAsync(content);
        var at = publishedAt.Length == 10 ? publishedAt + "T09:00:00+07:00" : publishedAt + "+07:00";
        var response = await admin.PostAsync($"/api/content/{id}/publish", Json(new { publishedAt = at }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>Creates and publishes a plan of the agency <paramref name="agency"/> (unit codes in rules are made unique here).</summary>
    public async Task<Guid> PlanAsync(PlanDefinition plan)
    {
        var definition = JsonSerializer.SerializeToElement(plan, PlanJson.Options);
        var id = await CreateAsync(new
        {
            type = "Plan",
            title = plan.Title,
            number = string.IsNullOrEmpty(plan.Number) ? "01/KH-" + Suffix : plan.Number,
            year = plan.Year,
            issuingUnit = plan.IssuingUnit,
            unit = plan.IssuingUnit,
            definition,
        });
        var response = await admin.PostAsync($"/api/content/{id}/publish", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return id;
    }

    public Task<PlanProgressDto> ProgressAsync(Guid planId, string asOf, string? period = null) => PlanTestData.ProgressAsync(admin, planId, asOf, period);

    public static StringContent Json(object value) =>
        new(JsonSerializer.Serialize(value, ClientExtensions.Json), System.Text.Encoding.UTF8, "application/json");
}
