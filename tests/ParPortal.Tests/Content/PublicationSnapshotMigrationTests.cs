using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Tests.Infrastructure;

namespace ParPortal.Tests.Content;

/// <summary>
/// The PublicationSnapshot migration on the engine the suite runs on: rows written before it get the item's first
/// publication (or their own publication when the item has none) and their topic ids.
/// </summary>
public sealed class PublicationSnapshotMigrationTests
{
    [Fact]
    public async Task PublicationSnapshot_BackfillsVersionsPublishedBeforeIt_WhenUpgradingFromInitial()
    {
        var postgres = TestDatabase.IsPostgres ? TestDatabase.NewPostgresDatabase() : null;
        var sqliteFile = Path.Combine(Path.GetTempPath(), "parportal-migration-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            await using var db = postgres is null
                ? (ParPortalDbContext)new SqliteParPortalDbContext(new DbContextOptionsBuilder<SqliteParPortalDbContext>().UseSqlite($"Data Source={sqliteFile}").Options)
                : new PostgresParPortalDbContext(new DbContextOptionsBuilder<PostgresParPortalDbContext>().UseNpgsql(postgres).Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("Initial");

            var firstUtc = new DateTime(2024, 2, 1, 3, 0, 0, DateTimeKind.Utc);
            var republishedUtc = new DateTime(2024, 8, 1, 3, 0, 0, DateTimeKind.Utc);
            var legacyUtc = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
            var (edited, legacy, draft) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            var (editedV1, editedV2, legacyV1, draftV1) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            await InsertItemAsync(db, edited, "da-sua", firstUtc);
            await InsertItemAsync(db, legacy, "cu", null);
            await InsertItemAsync(db, draft, "nhap", null);
            await InsertVersionAsync(db, editedV1, edited, 1, "Unpublished", false, firstUtc);
            await InsertVersionAsync(db, editedV2, edited, 2, "Published", true, republishedUtc);
            await InsertVersionAsync(db, legacyV1, legacy, 1, "Published", true, legacyUtc);
            await InsertVersionAsync(db, draftV1, draft, 1, "Draft", false, null);
            var topicA = await InsertTopicAsync(db, "chu-de-a");
            var topicB = await InsertTopicAsync(db, "chu-de-b");
            // Linked in descending order: the backfill writes them ascending, as TopicIdList does.
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "ContentVersionTopics" ("TopicId", "VersionId") VALUES ({topicB}, {editedV2})""");
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "ContentVersionTopics" ("TopicId", "VersionId") VALUES ({topicA}, {editedV2})""");

            await migrator.MigrateAsync();

            var versions = await db.ContentVersions.AsNoTracking()
                .Select(v => new { v.Id, v.FirstPublishedUtc, v.PublishedTopicIds }).ToDictionaryAsync(v => v.Id);
            Assert.Equal((firstUtc, TopicIdList.Format([topicA, topicB])), (versions[editedV2].FirstPublishedUtc, versions[editedV2].PublishedTopicIds));
            Assert.Equal($"{Math.Min(topicA, topicB)},{Math.Max(topicA, topicB)}", versions[editedV2].PublishedTopicIds);
            Assert.Equal(firstUtc, versions[editedV1].FirstPublishedUtc);
            Assert.Equal((legacyUtc, (string?)null), (versions[legacyV1].FirstPublishedUtc, versions[legacyV1].PublishedTopicIds));
            Assert.Equal(((DateTime?)null, (string?)null), (versions[draftV1].FirstPublishedUtc, versions[draftV1].PublishedTopicIds));
        }
        finally
        {
            if (postgres is not null)
            {
                TestDatabase.DropPostgresDatabase(postgres);
            }

            SqliteConnection.ClearAllPools();
            File.Delete(sqliteFile);
        }
    }

    private static Task InsertItemAsync(ParPortalDbContext db, Guid id, string slug, DateTime? firstPublishedUtc) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ContentItems" ("Id", "ContentType", "Slug", "LatestVersionNumber", "CreatedUtc", "FirstPublishedUtc", "ConcurrencyStamp")
            VALUES ({id}, 'Article', {slug}, 1, {new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)}, {firstPublishedUtc}, {Guid.NewGuid()})
            """);

    private static Task InsertVersionAsync(ParPortalDbContext db, Guid id, Guid itemId, int number, string state, bool isPublished, DateTime? publishedUtc) =>
        // The flags are written from one value: IsLatest does not matter to the backfill.
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ContentVersions" ("Id", "ContentItemId", "VersionNumber", "State", "IsLatest", "IsPublished", "Title", "CreatedUtc", "PublishedUtc", "ContentType")
            VALUES ({id}, {itemId}, {number}, {state}, {isPublished}, {isPublished}, 'Tin', {new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)}, {publishedUtc}, 'Article')
            """);

    private static async Task<int> InsertTopicAsync(ParPortalDbContext db, string slug)
    {
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "Topics" ("Name", "Slug", "SortOrder") VALUES ({slug}, {slug}, 0)""");
        return await db.Topics.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
    }
}
