using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Features.Search;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Search.Integration;

/// <summary>The public search page over more matches than facets are counted on: readable totals and estimates.</summary>
public sealed class SearchPageLargeResultTests : IDisposable
{
    private const int Count = 1_234;
    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SearchPage_GroupsThousandsAndMarksEstimatedFacetCounts_WhenMoreMatchThanSampled()
    {
        _ = _factory.Server;
        await using (var scope = _factory.Scope())
        {
            var db = _factory.Db(scope);
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var when = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.FromHours(7));
            var documents = Enumerable.Range(0, Count).Select(i => new SearchDocument(
                Guid.NewGuid(), "Article", true, $"Bản tin số {i}", null, "Tiếp nhận hồ sơ trực tuyến tại bộ phận một cửa.", null,
                [], "SO-NV", "Sở Nội vụ", when.AddHours(i), $"/tin/{i}")).ToList();
            await scope.ServiceProvider.GetRequiredService<SearchIndexFactory>().For(connection).UpsertAsync(connection, null, documents);
        }

        var response = await _factory.CreateClient().GetAsync("/tim-kiem?q=" + Uri.EscapeDataString("tiep nhan ho so truc tuyen"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("1.234 kết quả", html);
        Assert.Contains("<span aria-hidden=\"true\">~</span><span class=\"visually-hidden\">khoảng </span>1.234", html);
    }
}
