using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Media;

namespace ParPortal.Tests.Media;

public sealed class MediaFileConfigurationTests
{
    // A throwaway context that only applies the media configuration, to check the mapping round-trips on SQLite.
    private sealed class ProbeContext(DbContextOptions<ProbeContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.ApplyConfiguration(new MediaFileConfiguration());
    }

    [Fact]
    public async Task Configuration_RoundTripsVariantsAsJson_WhenSavedToSqlite()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<ProbeContext>().UseSqlite(connection).Options;
        var id = Guid.NewGuid();
        await using (var db = new ProbeContext(options))
        {
            await db.Database.EnsureCreatedAsync();
            db.Set<MediaFile>().Add(new MediaFile
            {
                Id = id, OriginalFileName = "Ảnh hội nghị.jpg", ContentType = "image/jpeg", Kind = MediaKind.Image,
                Sha256 = new string('a', 64), CreatedUtc = DateTime.UtcNow,
                Variants = [new MediaVariant("480.webp", 480, 320, "webp", "ab/x/480.webp", 1234)],
            });
            await db.SaveChangesAsync();
            var tracked = await db.Set<MediaFile>().SingleAsync();
            tracked.Variants.Add(new MediaVariant("960.webp", 960, 640, "webp", "ab/x/960.webp", 4321));
            await db.SaveChangesAsync();
        }

        await using var check = new ProbeContext(options);
        var loaded = await check.Set<MediaFile>().SingleAsync(m => m.Id == id);
        Assert.Equal(["480.webp", "960.webp"], loaded.Variants.Select(v => v.Name));
        Assert.Equal("Ảnh hội nghị.jpg", loaded.OriginalFileName);
        Assert.Equal("MediaFiles", check.Model.FindEntityType(typeof(MediaFile))!.GetTableName());
    }
}
