namespace ParPortal.Features.Backups;

/// <summary>Backups and restores (<c>backup create</c>, <c>backup restore</c>), bound from <c>ParPortal:Backup</c>.</summary>
public sealed class BackupOptions
{
    public const string Section = "ParPortal:Backup";

    /// <summary>
    /// The folder that holds <c>pg_dump</c> and <c>pg_restore</c> (PostgreSQL sites); empty means PATH. Their major
    /// version must be at least the server's (Debian: the <c>postgresql-client</c> package of that version).
    /// </summary>
    public string PostgresToolsPath { get; set; } = "";

    /// <summary>
    /// The longest a dump or a restore may run before it is stopped. Two hours: a 100,000-item database dumps in well
    /// under a minute on the test machine, so hitting this means the server is unreachable or stuck, not busy.
    /// </summary>
    public TimeSpan ToolTimeout { get; set; } = TimeSpan.FromHours(2);
}
