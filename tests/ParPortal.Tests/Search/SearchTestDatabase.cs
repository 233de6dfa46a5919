using Npgsql;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Postgres;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Tests.Search;

/// <summary>
/// A search engine of its own for one test class: by default a Lucene index in a temporary folder (the engine of an
/// SQLite site), or a PostgreSQL database when PARPORTAL_TEST_PROVIDER=Postgres (server in PARPORTAL_TEST_POSTGRES).
/// Documents are written straight to the engine, so engine tests need no content tables. Dropped when the class is done.
/// </summary>
public class SearchTestDatabase : IAsyncLifetime
{
    private readonly string _name = "pp_search_" + Guid.NewGuid().ToString("N")[..16];
    private string? _serverConnectionString;
    private string? _folder;
    private readonly PostgresSearchIndex _postgres = new();

    public bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("PARPORTAL_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public string ConnectionString { get; private set; } = "";

    /// <summary>The Lucene index (null on PostgreSQL).</summary>
    public LuceneSearchIndex? Lucene { get; private set; }

    /// <summary>Synonyms the searches use unless a test passes its own.</summary>
    public SynonymDictionary Synonyms { get; set; } = SynonymSource.Shipped;

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
            await using var connection = await OpenAsync();
            await _postgres.EnsureSchemaAsync(connection);
        }
        else
        {
            _folder = Path.Combine(Path.GetTempPath(), _name);
            Lucene = new LuceneSearchIndex(_folder);
            Lucene.Open();
        }
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Inserts or replaces documents and makes them searchable.</summary>
    public async Task UpsertAsync(IReadOnlyList<SearchDocument> documents)
    {
        if (Lucene is { } lucene)
        {
            lucene.Upsert(documents);
            lucene.Commit(0, complete: true);
            return;
        }
        await using var connection = await OpenAsync();
        await _postgres.UpsertAsync(connection, null, documents);
    }

    public async Task DeleteAsync(Guid itemId, bool? isPublished)
    {
        if (Lucene is { } lucene)
        {
            lucene.Delete(itemId, isPublished);
            lucene.Commit(0, complete: true);
            return;
        }
        await using var connection = await OpenAsync();
        await _postgres.DeleteAsync(connection, null, itemId, isPublished);
    }

    public async Task<SearchResults> SearchAsync(SearchRequest request, SynonymDictionary? synonyms = null)
    {
        if (Lucene is { } lucene)
        {
            return lucene.Search(request, synonyms ?? Synonyms);
        }
        await using var connection = await OpenAsync();
        return await _postgres.SearchAsync(connection, request, synonyms ?? Synonyms);
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int limit)
    {
        if (Lucene is { } lucene)
        {
            return lucene.Suggest(prefix, limit);
        }
        await using var connection = await OpenAsync();
        return await _postgres.SuggestAsync(connection, prefix, limit);
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
        else
        {
            Lucene?.Dispose();
            if (_folder is not null && Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}

/// <summary>A test engine loaded with <see cref="SearchCorpus"/>.</summary>
public sealed class SearchCorpusDatabase : SearchTestDatabase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await UpsertAsync(SearchCorpus.Documents);
    }
}
