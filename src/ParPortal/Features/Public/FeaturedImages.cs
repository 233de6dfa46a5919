using Microsoft.EntityFrameworkCore;
using ParPortal.Data;
using ParPortal.Features.Media;

namespace ParPortal.Features.Public;

/// <summary>A picture of a public list or page: the stored upload when the path is one (for its srcset), else the path.</summary>
public sealed record ListImage(string Url, string Alt, MediaFile? File);

/// <summary>
/// Finds the media library entries behind pictures' paths (<c>/media/{id}/{variant}</c>), in one query for a whole
/// list, so that pages can offer every stored width (<see cref="MediaHtml.Picture"/>) instead of the one size the
/// path names. A path of another site, or of a deleted upload, is shown as it is.
/// </summary>
public static class FeaturedImages
{
    /// <summary>The upload id in a media path, or null when the path is not one of ours.</summary>
    public static Guid? MediaId(string? url)
    {
        if (string.IsNullOrEmpty(url) || !url.StartsWith(MediaUrls.Prefix + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = url.AsSpan(MediaUrls.Prefix.Length + 1);
        var slash = rest.IndexOf('/');
        return slash > 0 && Guid.TryParse(rest[..slash], out var id) ? id : null;
    }

    /// <summary>The uploads behind the given paths, by id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, MediaFile>> FilesAsync(ParPortalDbContext db, IEnumerable<string?> urls, CancellationToken ct)
    {
        var ids = urls.Select(MediaId).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, MediaFile>();
        }

        return await db.MediaFiles.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
    }

    /// <summary>The picture of a path, with its upload when known; null for no path.</summary>
    public static ListImage? Of(string? url, string? alt, IReadOnlyDictionary<Guid, MediaFile> files) =>
        string.IsNullOrWhiteSpace(url) ? null : new ListImage(url, alt ?? string.Empty, MediaId(url) is { } id ? files.GetValueOrDefault(id) : null);
}
