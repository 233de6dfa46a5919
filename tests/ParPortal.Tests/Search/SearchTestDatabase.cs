using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using ParPortal.Features.Search;

namespace ParPortal.Tests.Search;

/// <summary>
/// A uniquely named database for one test class: a SQLite file by default, or a PostgreSQL database when
/// PARPORTAL_TEST_PROVIDER=Postgres (server in PARPORTAL_TEST_POSTGRES). Dropped when the class is done.
/// </summary>
public class SearchTestDatabase : IAsyncLifetime
{
    private readonly string _name = "pp_search_" + Guid.NewGuid().ToString("N")[..16];
    private string? _sqlitePath;
    private string? _serverConnectionString;

    public bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("PARPORTAL_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public string ConnectionString { get; private set; } = "";

    public ISearchIndex Index { get; private set; } = null!;

    public DbConnection CreateConnection() =>
        IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);

    public async Task<DbConnection> OpenAsync()
    {
        var connection = CreateConnection();
        await connection.OpenAsync();
        return connection;
    }

    public virtual async Task InitializeAsync()
    {
        if (IsPostgres)
        {
            _serverConnectionString = Environment.GetEnvironmentVariable("PARPORTAL_TEST_POSTGRES")
                ?? throw new InvalidOperationException("PARPORTAL_TEST_PROVIDER=Postgres needs the server connection string in PARPORTAL_TEST_POSTGRES.");
            await using (var server = new NpgsqlConnection(_serverConnectionString))
            {
                await server.OpenAsync();
                await using var create = server.CreateCommand();
                create.CommandText = $"CREATE DATABASE {_name}";
                await create.ExecuteNonQueryAsync();
            }
            ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _name }.ConnectionString;
        }
        else
        {
            _sqlitePath = Path.Combine(Path.GetTempPath(), _name + ".db");
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = _sqlitePath }.ConnectionString;
        }
        await using var connection = await OpenAsync();
        Index = new SearchIndexFactory().For(connection);
        await Index.EnsureSchemaAsync(connection);
    }

    public async Task DisposeAsync()
    {
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(_serverConnectionString);
            await server.OpenAsync();
            await using var drop = server.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
        else if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqlitePath);
        }
    }
}

/// <summary>A test database loaded with <see cref="SearchCorpus"/>.</summary>
public sealed class SearchCorpusDatabase : SearchTestDatabase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = await OpenAsync();
        await Index.UpsertAsync(connection, null, SearchCorpus.Documents);
    }
}
