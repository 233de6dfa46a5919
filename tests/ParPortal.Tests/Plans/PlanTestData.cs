using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Plans;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Plans;

/// <summary>Shared look-ups over the demo: the 2024 plan's id and the progress API.</summary>
internal static class PlanTestData
{
    public const string PlanNumber = "/KH-SGTVT";

    public static async Task<Guid> PlanIdAsync(ParPortalFactory factory)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Plans.Where(p => p.IsPublished && p.Year == 2024).Select(p => p.ContentItemId).SingleAsync();
    }

    public static async Task<PlanProgressDto> ProgressAsync(HttpClient api, Guid planId, string asOf, string? period = null)
    {
        var url = $"/api/plans/{planId}/progress?asOf={asOf}" + (period is null ? "" : "&period=" + Uri.EscapeDataString(period));
        var response = await api.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<PlanProgressDto>(ClientExtensions.Json))!;
    }
}
