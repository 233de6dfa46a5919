using Microsoft.EntityFrameworkCore;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Architecture;

/// <summary>
/// Migrations are written by several branches and their model snapshots merged as text; this fails when the merged
/// migrations of the engine under test no longer describe the model (a change that would need a new migration).
/// </summary>
public class MigrationTests
{
    [Fact]
    public async Task Migrations_DescribeTheWholeModel_OnTheEngineUnderTest()
    {
        using var factory = new ParPortalFactory();
        await using var scope = factory.Scope();
        var db = factory.Db(scope);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {db.Database.ProviderName} model differs from its migrations' snapshot: run tools/migrations.sh <Name>.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
