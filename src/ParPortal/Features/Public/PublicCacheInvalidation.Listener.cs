using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using ParPortal.Features.Content.Types;
using ParPortal.Hosting;
using StackExchange.Redis;

namespace ParPortal.Features.Public;

/// <summary>
/// Receives the other nodes' evictions (PostgreSQL LISTEN or a Redis subscription) and evicts the same pages here.
/// Whenever the channel was lost and is back, this node's whole cache is emptied: messages sent meanwhile are gone,
/// and a page served stale for ten minutes is worse than a few pages rendered again.
/// </summary>
internal sealed class ClusterEvictionListener(
    ClusterEvictions cluster,
    ClusterNode node,
    PublicCacheEvictor evictor,
    RedisConnection redis,
    IOptions<DatabaseOptions> database,
    IOptions<ScaleOutOptions> options,
    ILogger<ClusterEvictionListener> logger) : BackgroundService
{
    /// <summary>How long start-up waits for the channel, so that a node that serves is a node that hears evictions.</summary>
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(15);

    private readonly TaskCompletionSource _firstConnection = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _listening;

    /// <summary>True when this node hears the other nodes' evictions (always, on a single node): part of readiness.</summary>
    public bool IsListening => cluster.Kind == EvictionChannelKind.None || _listening;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        if (cluster.Kind != EvictionChannelKind.None)
        {
            // Bounded: a channel that is down must not keep the node from starting; /readyz reports it instead.
            await Task.WhenAny(_firstConnection.Task, Task.Delay(StartWait, cancellationToken));
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => cluster.Kind switch
    {
        EvictionChannelKind.Postgres => ListenPostgresAsync(stoppingToken),
        EvictionChannelKind.Redis => SubscribeRedisAsync(stoppingToken),
        _ => Task.CompletedTask,
    };

    /// <summary>Applies one received message: evicts its tags unless this node sent it.</summary>
    internal void Receive(string? message)
    {
        if (EvictionMessage.Parse(message) is { } m && m.Sender != node.Id)
        {
            evictor.Evict(m.Tags);
        }
    }

    private void Listening()
    {
        _listening = true;
        _firstConnection.TrySetResult();
    }

    private async Task ListenPostgresAsync(CancellationToken ct)
    {
        var lost = false;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                // Its own unpooled connection: a pooled one is reset (UNLISTEN) when returned.
                var cs = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString) { Pooling = false, KeepAlive = 10 };
                await using var connection = new NpgsqlConnection(cs.ToString());
                connection.Notification += (_, e) => Receive(e.Payload);
                await connection.OpenAsync(ct);
                await using (var listen = new NpgsqlCommand($"LISTEN \"{cluster.Channel}\"", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                Listening();
                if (lost)
                {
                    logger.LogWarning("Cache eviction channel is back; this node's cached pages are evicted (messages may have been missed).");
                    evictor.Evict([CacheTags.All]);
                }

                lost = false;
                while (!ct.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(options.Value.ListenerPing, ct))
                    {
                        // Nothing arrived for a while: a round trip proves the connection still listens.
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteScalarAsync(ct);
                    }
                }
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                _listening = false;
                if (!lost)
                {
                    logger.LogError(e, "Lost the PostgreSQL cache eviction channel; retrying every {Retry}.", options.Value.ListenerRetry);
                }

                lost = true;
                await Task.Delay(options.Value.ListenerRetry, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task SubscribeRedisAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var connection = await redis.GetAsync();
                var queue = await connection.GetSubscriber().SubscribeAsync(RedisChannel.Literal(cluster.Channel));
                queue.OnMessage(m => Receive(m.Message));
                Listening();
                // The client subscribes again by itself after a reconnection.
                connection.ConnectionFailed += (_, _) => _listening = false;
                connection.ConnectionRestored += (_, _) =>
                {
                    _listening = true;
                    logger.LogWarning("Redis connection restored; this node's cached pages are evicted (messages may have been missed).");
                    evictor.Evict([CacheTags.All]);
                };
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                await queue.UnsubscribeAsync();
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                logger.LogError(e, "Could not subscribe to the Redis cache eviction channel; retrying in {Retry}.", options.Value.ListenerRetry);
                await Task.Delay(options.Value.ListenerRetry, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
