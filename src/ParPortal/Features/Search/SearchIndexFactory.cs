using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ParPortal.Features.Search;

/// <summary>Picks the index implementation for a connection's engine.</summary>
public sealed class SearchIndexFactory
{
    private readonly SqliteSearchIndex _sqlite = new();
    private readonly PostgresSearchIndex _postgres = new();

    /// <summary>SQLite FTS5 for <see cref="SqliteConnection"/>, PostgreSQL full-text search for <see cref="NpgsqlConnection"/>.</summary>
    public ISearchIndex For(DbConnection connection) => connection switch
    {
        SqliteConnection => _sqlite,
        NpgsqlConnection => _postgres,
        null => throw new ArgumentNullException(nameof(connection)),
        _ => throw new NotSupportedException($"Search supports SQLite and PostgreSQL connections, not {connection.GetType().FullName}."),
    };
}
