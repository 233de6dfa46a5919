using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParPortal.Data;

/// <summary>
/// Sets SQLite's per-connection pragmas: WAL so that readers never wait for the writer, a busy timeout so that a
/// second writer waits instead of failing, and foreign keys on. (mmap is left to the search feature's own
/// connections: app-wide it added the mapped database to the host's resident memory for little gain.)
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
