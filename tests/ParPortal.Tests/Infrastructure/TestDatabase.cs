using Npgsql;

namespace ParPortal.Tests.Infrastructure;

/// <summary>
/// Chooses the engine the suite runs on: SQLite by default, PostgreSQL when PARPORTAL_TEST_PROVIDER=Postgres (with
/// the server in PARPORTAL_TEST_POSTGRES). Every factory gets its own database, so tests never share data.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("PARPORTAL_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("PARPORTAL_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("PARPORTAL_TEST_PROVIDER=Postgres needs PARPORTAL_TEST_POSTGRES (a server connection string).");

    /// <summary>A connection string for a new, uniquely named PostgreSQL database (created by the migrations).</summary>
    public static string NewPostgresDatabase()
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "pp_test_" + Guid.NewGuid().ToString("N")[..16], Pooling = true };
        return b.ToString();
    }

    /// <summary>Drops a database made by <see cref="NewPostgresDatabase"/>.</summary>
    public static void DropPostgresDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ToString());
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        cmd.ExecuteNonQuery();
    }
}
