using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Users;
using ParPortal.Tests.Infrastructure;
using ParPortal.Tests.Procedures.Import;

namespace ParPortal.Tests.Procedures.ImportUi;

/// <summary>The procedure import records the item's first publication on each version it publishes, as ContentManager does.</summary>
public class ProcedureImportSnapshotTests
{
    [Fact]
    public async Task Reimport_KeepsTheFirstImportAsFirstPublication_WhenItPublishesANewVersion()
    {
        using var factory = new ParPortalFactory();
        var run = Guid.NewGuid().ToString("N")[..8];
        await factory.CreateUserAsync("bt" + run, Roles.Editor);
        var client = await factory.LoginAsync("bt" + run);
        var records = Enumerable.Range(1, 2).Select(n => ProcedureSamples.Record(n, $"S{run}.{n:000}")).ToList();
        var firstImport = factory.Clock.GetUtcNow().UtcDateTime;
        await ImportPage.ConfirmAsync(client, await ImportPage.UploadAsync(client, ImportPage.Xlsx(records)));

        factory.Clock.Advance(TimeSpan.FromDays(30));
        // The sign-in cookie has expired on the advanced clock.
        client = await factory.LoginAsync("bt" + run);
        records[0] = records[0] with { Fee = "50.000 đồng" };
        await ImportPage.ConfirmAsync(client, await ImportPage.UploadAsync(client, ImportPage.Xlsx(records), "Cập nhật.xlsx"));

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var published = await db.Procedures.AsNoTracking().Include(v => v.Item)
            .Where(v => v.IsPublished && v.Code.StartsWith($"S{run}.")).OrderBy(v => v.Code).ToListAsync();
        Assert.Equal(2, published.Count);
        Assert.Equal((2, firstImport.AddDays(30)), (published[0].VersionNumber, published[0].PublishedUtc));
        Assert.All(published, v => Assert.Equal((firstImport, firstImport), (v.FirstPublishedUtc, v.Item.FirstPublishedUtc)));
    }
}
