namespace ParPortal.Features.Media;

/// <summary>Finds a stored upload by id for the media endpoint; the data layer implements it over the DbContext.</summary>
public interface IMediaFileLookup
{
    Task<MediaFile?> FindAsync(Guid id, CancellationToken ct);
}
