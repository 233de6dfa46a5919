using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ParPortal.Features.Backups;

/// <summary>
/// The SQLite part: SQLite's online backup API (through Microsoft.Data.Sqlite), which copies a consistent snapshot page
/// by page while the site keeps writing, and copies it back the same way.
/// </summary>
internal static class SqliteDatabaseBackup
{
    public static async Task CopyOutAsync(string connectionString, string file, CancellationToken ct)
    {
        await using var source = new SqliteConnection(connectionString);
        await source.OpenAsync(ct);
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await target.OpenAsync(ct);
        source.BackupDatabase(target);
    }

    /// <summary>Replaces the site's database with the backup's, whole (schema included), then drops pooled connections.</summary>
    public static async Task CopyInAsync(string connectionString, string file, CancellationToken ct)
    {
        SqliteConnection.ClearAllPools();
        await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        await using (var target = new SqliteConnection(connectionString))
        {
            await source.OpenAsync(ct);
            await target.OpenAsync(ct);
            source.BackupDatabase(target);
        }

        SqliteConnection.ClearAllPools();
    }
}

/// <summary>
/// The PostgreSQL part: <c>pg_dump</c> in its custom format and <c>pg_restore</c>, run as processes with the site's
/// connection settings in the environment (the password never appears on a command line).
/// </summary>
internal sealed class PostgresDatabaseBackup(IOptions<BackupOptions> options)
{
    public Task DumpAsync(string connectionString, string file, CancellationToken ct) =>
        RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file], connectionString, ct);

    /// <summary>
    /// Empties the site's schema and restores the dump into it in one transaction. Emptying first (rather than
    /// pg_restore --clean) also removes tables that a newer version of the site added after the backup, so the
    /// migrations that follow start from exactly the backup's state.
    /// </summary>
    public async Task RestoreAsync(string connectionString, string file, CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var reset = new NpgsqlCommand("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", connection);
            await reset.ExecuteNonQueryAsync(ct);
        }

        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await RunAsync("pg_restore", ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", database!, file], connectionString, ct);
        NpgsqlConnection.ClearAllPools();
    }

    private async Task RunAsync(string tool, string[] arguments, string connectionString, CancellationToken ct)
    {
        var path = string.IsNullOrWhiteSpace(options.Value.PostgresToolsPath) ? tool : Path.Combine(options.Value.PostgresToolsPath, tool);
        var psi = new ProcessStartInfo(path, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        psi.Environment["PGHOST"] = cs.Host;
        psi.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        psi.Environment["PGUSER"] = cs.Username;
        psi.Environment["PGPASSWORD"] = cs.Password;
        psi.Environment["PGDATABASE"] = cs.Database;
        psi.Environment["PGSSLMODE"] = cs.SslMode.ToString().ToLowerInvariant() switch
        {
            "verifyca" => "verify-ca",
            "verifyfull" => "verify-full",
            var mode => mode,
        };
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BackupException($"{tool} was not found: install PostgreSQL's client tools (Debian: postgresql-client) or set ParPortal:Backup:PostgresToolsPath.", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(ct);
            var output = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Value.ToolTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new BackupException($"{tool} did not finish within {options.Value.ToolTimeout} (ParPortal:Backup:ToolTimeout).");
            }

            if (process.ExitCode != 0)
            {
                throw new BackupException($"{tool} failed ({process.ExitCode}): {(await error).Trim()} {(await output).Trim()}");
            }
        }
    }
}
