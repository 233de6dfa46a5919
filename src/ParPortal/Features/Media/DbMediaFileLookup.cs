using Microsoft.EntityFrameworkCore;
using ParPortal.Data;

namespace ParPortal.Features.Media;

/// <summary>Finds media rows for the serving endpoint.</summary>
internal sealed class DbMediaFileLookup(ParPortalDbContext db) : IMediaFileLookup
{
    public Task<MediaFile?> FindAsync(Guid id, CancellationToken ct) => db.Set<MediaFile>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
}
