using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Procedures;
using ParPortal.Tests.Infrastructure;
using ParPortal.Tests.Public;

namespace ParPortal.Tests.Procedures;

/// <summary>
/// The public procedures list is in Vietnamese order by field, then name, on both databases (SQLite orders text by its
/// bytes: "Đ…" came after "X…", "Cấp Giấy" before "Cấp bản sao"), and sites upgraded from before the order keys (or the
/// title filter's key) get them.
/// </summary>
public sealed class ProcedureListOrderTests : IDisposable
{
    private static readonly (string Field, string Title)[] Procedures =
    [
        ("Xây dựng zq", "Ăn uống zqthu"), ("Đường bộ zq", "Đăng ký khai tử zqthu"), ("Dân cư zq", "Cấp Giấy xác nhận zqthu"),
        ("Đường bộ zq", "Đăng ký kết hôn zqthu"), ("Dân cư zq", "Cấp bản sao zqthu"),
    ];

    private static readonly string[] Expected =
        ["Cấp bản sao zqthu", "Cấp Giấy xác nhận zqthu", "Đăng ký kết hôn zqthu", "Đăng ký khai tử zqthu", "Ăn uống zqthu"];

    private readonly ParPortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task List_IsInVietnameseOrder_ByFieldThenName()
    {
        await PublishAsync();

        Assert.Equal(Expected, await ListedAsync());
    }

    [Fact]
    public async Task Backfill_GivesOrderKeysToVersionsSavedBeforeThem()
    {
        await PublishAsync();
        await using (var scope = _factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParPortalDbContext>();
            // As the migrations leave them: titles' keys empty, fields' keys null (and the search filter's key too).
            await db.Database.ExecuteSqlRawAsync("UPDATE \"ContentVersions\" SET \"TitleOrder\" = '', \"FieldOrder\" = NULL, \"TitleKey\" = '' WHERE \"Title\" LIKE '%zqthu'");
            await new OrderKeyBackfill().InitializeAsync(db, CancellationToken.None);
            await new TitleKeyBackfill().InitializeAsync(db, CancellationToken.None);

            var keys = await db.Procedures.AsNoTracking().Where(v => v.Title.EndsWith("zqthu")).Select(v => new { v.Title, v.TitleOrder, v.Field, v.FieldOrder }).ToListAsync();
            Assert.All(keys, k => Assert.Equal((ParPortal.Text.VietnameseOrder.Key(k.Title), ParPortal.Text.VietnameseOrder.Key(k.Field)), (k.TitleOrder, k.FieldOrder)));
        }

        Assert.Equal(Expected, await ListedAsync());
    }

    private async Task PublishAsync()
    {
        await using var scope = _factory.Scope();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        for (var i = 0; i < Procedures.Length; i++)
        {
            var (field, title) = Procedures[i];
            var item = await content.CreateAsync(new ProcedureVersion { Title = title, Code = $"9.9988{i:00}", Field = field }, $"thu-tu-{i}", "admin");
            await content.PublishAsync(item.Id, "admin");
        }
    }

    private async Task<List<string>> ListedAsync()
    {
        var page = await _factory.CreateClient().GetPageAsync("/thu-tuc?ten=zqthu");
        return page.QuerySelectorAll("h2 a").Select(a => a.TextContent.Trim()).ToList();
    }
}
