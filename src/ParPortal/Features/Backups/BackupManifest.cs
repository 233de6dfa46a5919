using System.Text.Json;
using ParPortal.Hosting;
using ParPortal.Json;

namespace ParPortal.Features.Backups;

/// <summary>
/// <c>manifest.json</c> at the top of a backup folder: what the backup holds, so that a restore can refuse a backup of
/// the other engine and say what it is about to put back.
/// </summary>
/// <param name="Format">The layout of the folder (this version writes 1).</param>
/// <param name="Provider">The engine the database part was made on; a restore needs the same.</param>
/// <param name="Migration">The last migration applied when the backup was made; restore then applies newer ones.</param>
public sealed record BackupManifest(int Format, DatabaseProvider Provider, DateTime CreatedUtc, string? Migration, int Items, int PublishedItems, int MediaFiles)
{
    public const string FileName = "manifest.json";

    public const int CurrentFormat = 1;

    /// <summary>The database file (SQLite, a copy made with the online backup API) or dump (PostgreSQL, pg_dump's custom format).</summary>
    public static string DatabaseFile(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? "parportal.pgdump" : "parportal.db";

    public async Task WriteAsync(string folder, CancellationToken ct)
    {
        await using var file = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(file, this, PortalJson.Options, ct);
    }

    public static async Task<BackupManifest> ReadAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new BackupException($"{folder} is not a ParPortal backup: {FileName} is missing.");
        }

        await using var file = File.OpenRead(path);
        var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(file, PortalJson.Options, ct)
            ?? throw new BackupException($"{path} is empty.");
        return manifest.Format == CurrentFormat
            ? manifest
            : throw new BackupException($"{path} has format {manifest.Format}; this version reads format {CurrentFormat}.");
    }
}

/// <summary>A backup or restore that cannot go on; the message says why, for the operator at the console.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);
