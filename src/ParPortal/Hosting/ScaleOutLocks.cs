using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ParPortal.Hosting;

/// <summary>
/// A named lock that at most one holder has across every node of the site: work that must happen once per site, not
/// once per node (scheduled publishing, first-run set-up). On PostgreSQL it is a session advisory lock, which the
/// server also releases when the holder's connection dies (a killed node never keeps it); on the single SQLite node it
/// is a lock in the process.
/// </summary>
public interface IClusterLock
{
    /// <summary>Takes the lock when nobody holds it; null when someone does. Dispose the result to release it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct = default);

    /// <summary>Waits until the lock is free and takes it. Dispose the result to release it.</summary>
    Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken ct = default);
}

/// <summary>Chooses the lock by the configured database: advisory locks on PostgreSQL, in-process locks on SQLite.</summary>
internal sealed class ClusterLock(IOptions<DatabaseOptions> database) : IClusterLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _local = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct = default) =>
        database.Value.Provider == DatabaseProvider.Postgres
            ? await PostgresAdvisoryLock.TakeAsync(database.Value.ConnectionString!, name, wait: false, ct)
            : await LocalAsync(name, TimeSpan.Zero, ct);

    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken ct = default) =>
        database.Value.Provider == DatabaseProvider.Postgres
            ? (await PostgresAdvisoryLock.TakeAsync(database.Value.ConnectionString!, name, wait: true, ct))!
            : (await LocalAsync(name, Timeout.InfiniteTimeSpan, ct))!;

    private async Task<IAsyncDisposable?> LocalAsync(string name, TimeSpan wait, CancellationToken ct)
    {
        var gate = _local.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(wait, ct) ? new Releaser(() => gate.Release()) : null;
    }

    private sealed class Releaser(Action release) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                release();
            }

            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>A PostgreSQL session advisory lock held on a connection of its own for as long as the holder needs it.</summary>
internal sealed class PostgresAdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private PostgresAdvisoryLock(NpgsqlConnection connection, long key) => (_connection, _key) = (connection, key);

    /// <summary>The lock's 64-bit key: the first bytes of the SHA-256 of its name, so names never need a registry.</summary>
    public static long KeyOf(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("parportal:" + name)), 0);

    public static async Task<PostgresAdvisoryLock?> TakeAsync(string connectionString, string name, bool wait, CancellationToken ct)
    {
        // Its own unpooled connection: the lock belongs to the session, and a pooled session would be reset or reused.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        try
        {
            try
            {
                await connection.OpenAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                // The first node of a new site takes the first-run lock before the migrations create the database.
                await CreateDatabaseAsync(connectionString, ct);
                await connection.OpenAsync(ct);
            }

            var key = KeyOf(name);
            await using var command = connection.CreateCommand();
            command.Parameters.AddWithValue("key", key);
            bool taken;
            if (wait)
            {
                // No command timeout while waiting: the caller's token bounds it.
                command.CommandText = "SELECT pg_advisory_lock(@key)";
                command.CommandTimeout = 0;
                await command.ExecuteNonQueryAsync(ct);
                taken = true;
            }
            else
            {
                command.CommandText = "SELECT pg_try_advisory_lock(@key)";
                taken = (bool)(await command.ExecuteScalarAsync(ct))!;
            }

            if (taken)
            {
                return new PostgresAdvisoryLock(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Creates the site's (empty) database, as the migrations would; a node that loses the race finds it made.</summary>
    private static async Task CreateDatabaseAsync(string connectionString, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ToString());
        await connection.OpenAsync(ct);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another node created it first. When two CREATE DATABASE statements run at the same moment, the loser
            // meets the catalog's unique index (23505) rather than the "already exists" check (42P04).
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = "SELECT pg_advisory_unlock(@key)";
            command.Parameters.AddWithValue("key", _key);
            await command.ExecuteScalarAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and the server released the lock with it.
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
