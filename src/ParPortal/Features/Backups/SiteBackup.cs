using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ParPortal.Data;
using ParPortal.Features.Media;
using ParPortal.Features.Recipes;
using ParPortal.Features.Search.Integration;
using ParPortal.Hosting;

namespace ParPortal.Features.Backups;

/// <summary>
/// A whole site in one folder: the database (SQLite online backup or pg_dump), the media files, the data-protection
/// keys (cookies and tokens stay valid after a restore) and the configuration files, described by a
/// <see cref="BackupManifest"/>. A restore puts the database, media and keys back, applies newer migrations and, on
/// SQLite, rebuilds the search index; the configuration files are left for the operator to compare.
/// </summary>
public sealed class SiteBackup(
    ParPortalDbContext db,
    IOptions<DatabaseOptions> database,
    MediaStore media,
    IHostEnvironment environment,
    IServiceScopeFactory scopes,
    IServiceProvider services,
    TimeProvider clock)
{
    private const string MediaFolder = "media";
    private const string KeysFolder = "keys";
    private const string SettingsFolder = "settings";

    private DatabaseProvider Provider => database.Value.Provider;

    private string KeysPath => Path.Combine(DataServiceCollectionExtensions.DataFolder(services), KeysFolder);

    public async Task<BackupManifest> CreateAsync(string folder, CancellationToken ct)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BackupException($"{folder} is not empty; a backup goes into a new or empty folder.");
        }

        Directory.CreateDirectory(folder);
        var manifest = new BackupManifest(
            BackupManifest.CurrentFormat, Provider, clock.GetUtcNow().UtcDateTime,
            (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault(),
            await db.ContentItems.CountAsync(ct),
            await db.ContentItems.CountAsync(i => i.PublishedVersionNumber != null, ct),
            await db.MediaFiles.CountAsync(ct));

        var file = Path.Combine(folder, BackupManifest.DatabaseFile(Provider));
        var cs = db.Database.GetConnectionString()!;
        if (Provider == DatabaseProvider.Postgres)
        {
            await services.GetRequiredService<PostgresDatabaseBackup>().DumpAsync(cs, file, ct);
        }
        else
        {
            await SqliteDatabaseBackup.CopyOutAsync(cs, file, ct);
        }

        // Files after the database: a file uploaded meanwhile is then at worst one the database does not list yet.
        BackupFiles.Copy(media.RootPath, Path.Combine(folder, MediaFolder));
        BackupFiles.Copy(KeysPath, Path.Combine(folder, KeysFolder));
        var settings = Directory.CreateDirectory(Path.Combine(folder, SettingsFolder)).FullName;
        foreach (var json in Directory.EnumerateFiles(environment.ContentRootPath, "appsettings*.json"))
        {
            File.Copy(json, Path.Combine(settings, Path.GetFileName(json)));
        }

        // Written last: a folder without a manifest is an unfinished backup, and restore refuses it.
        await manifest.WriteAsync(folder, ct);
        return manifest;
    }

    public async Task<BackupManifest> RestoreAsync(string folder, CancellationToken ct)
    {
        folder = Path.GetFullPath(folder);
        var manifest = await BackupManifest.ReadAsync(folder, ct);
        if (manifest.Provider != Provider)
        {
            throw new BackupException($"The backup is of a {manifest.Provider} site and this site runs on {Provider}; restore it on a {manifest.Provider} site, then move the content with a recipe.");
        }

        var file = Path.Combine(folder, BackupManifest.DatabaseFile(Provider));
        if (!File.Exists(file))
        {
            throw new BackupException($"{file} is missing.");
        }

        var cs = db.Database.GetConnectionString()!;
        if (Provider == DatabaseProvider.Postgres)
        {
            await services.GetRequiredService<PostgresDatabaseBackup>().RestoreAsync(cs, file, ct);
        }
        else
        {
            await SqliteDatabaseBackup.CopyInAsync(cs, file, ct);
        }

        BackupFiles.Replace(Path.Combine(folder, MediaFolder), media.RootPath);
        BackupFiles.Copy(Path.Combine(folder, KeysFolder), KeysPath);

        // A fresh scope sees the restored database: newer migrations, the search tables, roles and the admin.
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().RunAsync(ct);
        if (Provider == DatabaseProvider.Sqlite)
        {
            // The index is derived data; rebuilt, it matches the restored content whatever engine version made it.
            await scope.ServiceProvider.GetRequiredService<SearchRebuilder>().RebuildAsync(ct);
        }

        return manifest;
    }
}

/// <summary>Copies of folders for backups: media (without uploads still in progress) and keys.</summary>
internal static class BackupFiles
{
    /// <summary>Copies every file under <paramref name="from"/> (if it exists) into <paramref name="to"/>, keeping existing ones.</summary>
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(".incoming", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Makes <paramref name="to"/> hold exactly the files of <paramref name="from"/>: files the backup lacks are removed.</summary>
    public static void Replace(string from, string to)
    {
        if (Directory.Exists(to))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(to))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }
        }

        Copy(from, to);
    }
}
