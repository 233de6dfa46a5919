using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ParPortal.Hosting;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// Keeps an uploaded import file on the server between preview and confirmation, under
/// <c>{data folder}/imports/{random id}.xlsx</c>. Ages use the real clock, since they are compared with file times. The browser only ever holds the id; the confirm step re-reads the
/// file, so a posted preview is never trusted. Files older than <see cref="Lifetime"/> are removed.
/// </summary>
public sealed class ProcedureImportUploadService(IOptions<DatabaseOptions> options, IHostEnvironment environment)
{
    /// <summary>How long a preview can wait for confirmation.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private string Folder => Path.Combine(Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DataFolder)), "imports");

    /// <summary>Stores the bytes and returns their id.</summary>
    public async Task<Guid> SaveAsync(byte[] bytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        RemoveExpired();
        var id = Guid.NewGuid();
        await File.WriteAllBytesAsync(PathOf(id), bytes, ct);
        return id;
    }

    /// <summary>The stored bytes, or null when the id is unknown or expired.</summary>
    public async Task<byte[]?> LoadAsync(Guid id, CancellationToken ct)
    {
        var path = PathOf(id);
        if (!File.Exists(path) || File.GetLastWriteTimeUtc(path) < DateTime.UtcNow - Lifetime)
        {
            return null;
        }

        return await File.ReadAllBytesAsync(path, ct);
    }

    public void Delete(Guid id) => File.Delete(PathOf(id));

    // The id is a parsed Guid, so the path is always ours; the user's file name never becomes part of it.
    private string PathOf(Guid id) => Path.Combine(Folder, id.ToString("N") + ".xlsx");

    private void RemoveExpired()
    {
        var cutoff = DateTime.UtcNow - Lifetime;
        foreach (var file in Directory.EnumerateFiles(Folder, "*.xlsx"))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff)
            {
                File.Delete(file);
            }
        }
    }
}
