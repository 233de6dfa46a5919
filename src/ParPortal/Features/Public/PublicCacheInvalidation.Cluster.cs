using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Hosting;
using StackExchange.Redis;

namespace ParPortal.Features.Public;

/// <summary>How this site's nodes tell each other what to evict.</summary>
public enum EvictionChannelKind
{
    /// <summary>One node (the SQLite default): evictions stay in the process.</summary>
    None,

    /// <summary>PostgreSQL NOTIFY, sent in the content transaction, so that only committed changes are announced.</summary>
    Postgres,

    /// <summary>Redis publish/subscribe, sent after the commit.</summary>
    Redis,
}

/// <summary>This process among the site's nodes: its own messages come back to it and are ignored.</summary>
public sealed class ClusterNode
{
    public Guid Id { get; } = Guid.NewGuid();
}

/// <summary>
/// The eviction messages between nodes: the sender's id, then one tag a line. A message longer than a NOTIFY payload
/// may be (8,000 bytes: a spreadsheet import of hundreds of procedures) becomes "evict everything", which is rare and
/// always correct.
/// </summary>
public static class EvictionMessage
{
    /// <summary>Below PostgreSQL's 8,000-byte NOTIFY payload limit, with room to spare.</summary>
    public const int MaxBytes = 7_000;

    public static string Format(Guid sender, IEnumerable<string> tags)
    {
        var message = sender.ToString("N") + "\n" + string.Join('\n', tags);
        return Encoding.UTF8.GetByteCount(message) <= MaxBytes ? message : sender.ToString("N") + "\n" + CacheTags.All;
    }

    /// <summary>The sender and tags of a message, or null for a message that is not one of ours.</summary>
    public static (Guid Sender, string[] Tags)? Parse(string? message)
    {
        var lines = message?.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines is { Length: > 1 } && Guid.TryParseExact(lines[0], "N", out var sender) ? (sender, lines[1..]) : null;
    }
}

/// <summary>
/// Sends evictions to the other nodes, over the channel the configuration chooses (<see cref="EvictionChannelKind"/>),
/// and evicts on this node too. Content changes on PostgreSQL are announced inside their transaction by
/// <see cref="PostgresEvictionNotifier"/>; this sends what happens outside one (topics, units, settings) and, with
/// Redis, content changes after their commit.
/// </summary>
public sealed class ClusterEvictions(
    IOptions<DatabaseOptions> database,
    IOptions<ScaleOutOptions> scaleOut,
    ClusterNode node,
    PublicCacheEvictor evictor,
    RedisConnection redis,
    ILogger<ClusterEvictions> logger)
{
    public EvictionChannelKind Kind => KindOf(database.Value, scaleOut.Value);

    public string Channel => scaleOut.Value.Channel;

    public static EvictionChannelKind KindOf(DatabaseOptions database, ScaleOutOptions scaleOut) =>
        !string.IsNullOrWhiteSpace(scaleOut.Redis) ? EvictionChannelKind.Redis
        : database.Provider == DatabaseProvider.Postgres ? EvictionChannelKind.Postgres
        : EvictionChannelKind.None;

    /// <summary>Evicts every cached page on every node: after a change that every page shows (menu topics, settings).</summary>
    public Task EvictEverywhereAsync(CancellationToken ct = default) => EvictEverywhereAsync([CacheTags.All], ct);

    /// <summary>Evicts <paramref name="tags"/> here and tells the other nodes. A failure to tell them is logged, not thrown: the change is saved.</summary>
    public async Task EvictEverywhereAsync(IReadOnlyCollection<string> tags, CancellationToken ct = default)
    {
        evictor.Evict(tags);
        try
        {
            await SendAsync(tags, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not tell the other nodes to evict {Tags}; their pages expire within ten minutes.", string.Join(", ", tags));
        }
    }

    /// <summary>Sends <paramref name="tags"/> to the other nodes only (this node has evicted them already).</summary>
    public async Task SendAsync(IReadOnlyCollection<string> tags, CancellationToken ct = default)
    {
        var message = EvictionMessage.Format(node.Id, tags);
        switch (Kind)
        {
            case EvictionChannelKind.Redis:
                var connection = await redis.GetAsync();
                await connection.GetSubscriber().PublishAsync(RedisChannel.Literal(Channel), message);
                break;
            case EvictionChannelKind.Postgres:
                await using (var pg = new NpgsqlConnection(database.Value.ConnectionString))
                {
                    await pg.OpenAsync(ct);
                    await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @message)", pg);
                    command.Parameters.AddWithValue("channel", Channel);
                    command.Parameters.AddWithValue("message", message);
                    await command.ExecuteNonQueryAsync(ct);
                }

                break;
        }
    }
}

/// <summary>
/// Announces a content change to the other nodes with PostgreSQL NOTIFY inside the change's own transaction: the server
/// delivers it only if the change commits, so no node evicts for a change that was rolled back, and none misses one
/// that was committed (a recipe or an import run from the command line reaches the running nodes too).
/// </summary>
internal sealed class PostgresEvictionNotifier(ParPortalDbContext db, ContentTypeRegistry types, ClusterEvictions cluster, ClusterNode node)
    : IContentBatchHandler
{
    public Task HandleAsync(ContentChange change, CancellationToken ct) => HandleManyAsync([change], ct);

    public async Task HandleManyAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct)
    {
        if (cluster.Kind != EvictionChannelKind.Postgres)
        {
            return;
        }

        var tags = changes.SelectMany(c => PublicCacheInvalidation.TagsOf(c, types)).ToHashSet(StringComparer.Ordinal);
        if (tags.Count > 0)
        {
            var message = EvictionMessage.Format(node.Id, tags);
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({cluster.Channel}, {message})", ct);
        }
    }
}

/// <summary>With Redis, content changes are announced after they commit (Redis takes no part in the transaction).</summary>
internal sealed class RedisEvictionPublisher(ClusterEvictions cluster, ContentTypeRegistry types, ILogger<RedisEvictionPublisher> logger)
    : IContentCommittedObserver
{
    public void OnCommitted(ContentChange change)
    {
        if (cluster.Kind != EvictionChannelKind.Redis)
        {
            return;
        }

        var tags = PublicCacheInvalidation.TagsOf(change, types);
        if (tags.Count == 0)
        {
            return;
        }

        try
        {
            cluster.SendAsync(tags.ToList()).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not publish the eviction of {Tags} on Redis; other nodes' pages expire within ten minutes.", string.Join(", ", tags));
        }
    }
}

/// <summary>The one Redis connection of the process, opened when first needed; it reconnects by itself.</summary>
public sealed class RedisConnection(IOptions<ScaleOutOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public async Task<ConnectionMultiplexer> GetAsync()
    {
        if (_connection is { } open)
        {
            return open;
        }

        await _gate.WaitAsync();
        try
        {
            if (_connection is null)
            {
                var config = ConfigurationOptions.Parse(options.Value.Redis ?? throw new InvalidOperationException("ParPortal:ScaleOut:Redis is empty."));
                // Keep retrying in the background rather than fail the node when Redis starts after it.
                config.AbortOnConnectFail = false;
                _connection = await ConnectionMultiplexer.ConnectAsync(config);
            }

            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _gate.Dispose();
    }
}
