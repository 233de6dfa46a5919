using System.Globalization;
using Npgsql;
using ParPortal.Features.Search;
using ParPortal.Features.Search.Embedded;
using ParPortal.Features.Search.Postgres;
using ParPortal.Features.Search.Synonyms;

namespace ParPortal.Bench;

/// <summary>One engine as the search benchmark drives it: build, size, search, suggest.</summary>
internal interface ISearchBenchEngine : IAsyncDisposable
{
    string Name { get; }

    /// <summary>True when a kept index (--keep) was found and the build can be skipped.</summary>
    bool Reused { get; }

    Task BuildAsync(IReadOnlyList<SearchDocument> documents);

    Task<long> SizeAsync();

    Task<SearchResults> SearchAsync(SearchRequest request);

    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix);
}

internal static class SearchBenchWarmUp
{
    /// <summary>
    /// Untimed passes over every search and prefix (caches, PostgreSQL's term counts), a second's pause after each: after
    /// one pass the timed runs met hot methods not yet recompiled with full optimization, unlike a site that has served
    /// a few hundred searches (docs/decisions.md).
    /// </summary>
    public static async Task WarmUpAsync(this ISearchBenchEngine engine, IEnumerable<SearchRequest> queries, IEnumerable<string> prefixes, int passes)
    {
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var q in queries)
            {
                await engine.SearchAsync(q);
            }
            foreach (var p in prefixes)
            {
                await engine.SuggestAsync(p);
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}

/// <summary>Lucene in a folder under /tmp, as an SQLite site keeps it in its data folder.</summary>
internal sealed class LuceneBenchEngine : ISearchBenchEngine
{
    private readonly string _folder;
    private readonly bool _keep;
    private readonly LuceneSearchIndex _index;

    public LuceneSearchIndex Index => _index;

    /// <param name="threads">Threads one search may use (0: the site's default).</param>
    public LuceneBenchEngine(string? keep, int threads = 0)
    {
        _keep = keep is not null;
        _folder = Path.Combine(Path.GetTempPath(), (keep ?? "pp_bench_" + Guid.NewGuid().ToString("N")[..12]) + "-lucene");
        Reused = _keep && Directory.Exists(_folder);
        _index = new LuceneSearchIndex(_folder, threads);
        var problem = _index.Open();
        Reused &= problem == IndexProblem.None;
    }

    public string Name => "Lucene.Net 4.8 (SQLite sites)";

    public bool Reused { get; }

    public Task BuildAsync(IReadOnlyList<SearchDocument> documents)
    {
        _index.DeleteAll();
        foreach (var batch in documents.Chunk(5000))
        {
            _index.Add(batch);
        }
        _index.Commit(0, complete: true);
        return Task.CompletedTask;
    }

    public Task<long> SizeAsync() => Task.FromResult(Directory.EnumerateFiles(_folder).Sum(f => new FileInfo(f).Length));

    public Task<SearchResults> SearchAsync(SearchRequest request) => Task.FromResult(_index.Search(request, SynonymSource.Shipped));

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix) => Task.FromResult(_index.Suggest(prefix, 8));

    public ValueTask DisposeAsync()
    {
        _index.Dispose();
        if (!_keep)
        {
            Directory.Delete(_folder, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>PostgreSQL full-text search in its own database (created, and dropped unless kept).</summary>
internal sealed class PostgresBenchEngine : ISearchBenchEngine
{
    private readonly string _server;
    private readonly string _name;
    private readonly bool _keep;
    private readonly PostgresSearchIndex _index = new();
    private NpgsqlConnection _connection = null!;

    private PostgresBenchEngine(string server, string name, bool keep, bool reused)
    {
        _server = server;
        _name = name;
        _keep = keep;
        Reused = reused;
    }

    public string Name => "PostgreSQL 15 full-text search";

    public bool Reused { get; }

    public static async Task<PostgresBenchEngine> CreateAsync(string server, string? keep)
    {
        var name = keep ?? "pp_bench_" + Guid.NewGuid().ToString("N")[..12];
        var exists = keep is not null && Convert.ToInt64(await ScalarAsync(server, $"SELECT count(*) FROM pg_database WHERE datname = '{name}'"), CultureInfo.InvariantCulture) > 0;
        if (!exists)
        {
            await ScalarAsync(server, $"CREATE DATABASE {name}");
        }
        var engine = new PostgresBenchEngine(server, name, keep is not null, exists);
        engine._connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        await engine._connection.OpenAsync();
        await engine._index.EnsureSchemaAsync(engine._connection);
        return engine;
    }

    public async Task BuildAsync(IReadOnlyList<SearchDocument> documents)
    {
        await _index.ClearAsync(_connection, null);
        foreach (var batch in documents.Chunk(5000))
        {
            await _index.UpsertAsync(_connection, null, batch);
        }
        await _index.AnalyzeAsync(_connection);
    }

    public async Task<long> SizeAsync()
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT pg_total_relation_size('search_documents')";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>The open connection to the bench database (the baseline engine searches on it).</summary>
    public NpgsqlConnection Connection => _connection;

    public Task<SearchResults> SearchAsync(SearchRequest request) => _index.SearchAsync(_connection, request, SynonymSource.Shipped);

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix) => _index.SuggestAsync(_connection, prefix, 8);

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (!_keep)
        {
            await ScalarAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

/// <summary>The kept Lucene index searched the way before the tiered first pass (the baseline): never built or disposed here.</summary>
internal sealed class LuceneBaselineEngine(LuceneBenchEngine inner) : ISearchBenchEngine
{
    public string Name => inner.Name;

    public bool Reused => true;

    public Task BuildAsync(IReadOnlyList<SearchDocument> documents) => Task.CompletedTask;

    public Task<long> SizeAsync() => inner.SizeAsync();

    public Task<SearchResults> SearchAsync(SearchRequest request) => Task.FromResult(inner.Index.Search(request, SynonymSource.Shipped, baseline: true));

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix) => inner.SuggestAsync(prefix);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>The same PostgreSQL database searched with the statements before issue 14's statement work (<see cref="PostgresSearchBefore"/>).</summary>
internal sealed class PostgresBaselineEngine(PostgresBenchEngine inner) : ISearchBenchEngine
{
    public string Name => inner.Name;

    public bool Reused => true;

    public Task BuildAsync(IReadOnlyList<SearchDocument> documents) => Task.CompletedTask;

    public Task<long> SizeAsync() => inner.SizeAsync();

    public Task<SearchResults> SearchAsync(SearchRequest request) =>
        PostgresSearchBefore.SearchAsync(inner.Connection, request, SynonymSource.Shipped, CancellationToken.None);

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix) => inner.SuggestAsync(prefix);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
