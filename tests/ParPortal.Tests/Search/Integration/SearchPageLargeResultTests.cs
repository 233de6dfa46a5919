using System.Net;
using ParPortal.Features.Search;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Search.Integration;

/// <summary>The public search page over many matches: readable totals and facet counts, exact below 10,000 matches.</summary>
public sealed class SearchPageLargeResultTests : IDisposable
{
    private const int Count = 1_234;
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SearchPage_GroupsThousandsAndCountsFacetsExactly_WhenThousandsMatch()
    {
        _ = _factory.Server;
        var when = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var documents = Enumerable.Range(0, Count).Select(i => new SearchDocument(
            Guid.NewGuid(), "Article", true, $"Bản tin số {i}", null, "Tiếp nhận hồ sơ trực tuyến tại bộ phận một cửa.", null,
            [], "SO-NV", "Sở Nội vụ", when.AddHours(i), $"/tin/{i}")).ToList();
        await SearchReadiness.WriteAsync(_factory.Services, documents);

        var response = await _factory.CreateClient().GetAsync("/tim-kiem?q=" + Uri.EscapeDataString("tiep nhan ho so truc tuyen"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("1.234 kết quả", html);
        Assert.Contains("<span class=\"count\">(1.234)</span>", html);
        Assert.DoesNotContain("khoảng", html);
    }
}
