namespace ParPortal.Data;

/// <summary>
/// Work a feature does on the database after migrations at start-up, for schema that EF Core migrations do not
/// describe (the full-text index tables differ by engine and are created by the search feature itself).
/// </summary>
public interface IDatabaseInitializer
{
    Task InitializeAsync(ParPortalDbContext db, CancellationToken ct);
}
