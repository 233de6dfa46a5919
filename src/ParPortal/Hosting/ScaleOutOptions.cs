namespace ParPortal.Hosting;

/// <summary>
/// Running several web nodes on one PostgreSQL database behind a reverse proxy, bound from <c>ParPortal:ScaleOut</c>.
/// With <c>ParPortal:Database:Provider=Postgres</c> nothing here needs setting: data-protection keys live in the
/// database, cache evictions travel by PostgreSQL LISTEN/NOTIFY and scheduled publishing takes an advisory lock. On the
/// default single SQLite node every part stays in the process.
/// </summary>
public sealed class ScaleOutOptions
{
    public const string Section = "ParPortal:ScaleOut";

    /// <summary>
    /// A Redis server for cache evictions (a StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>). When
    /// set, evictions are published on Redis instead of PostgreSQL NOTIFY: for sites that already run Redis, or whose
    /// database sits behind a transaction-pooling proxy (PgBouncer) that cannot hold a LISTEN connection.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>
    /// The name of the eviction channel (a NOTIFY channel or a Redis channel): letters, digits and underscores. Change it
    /// only when several sites share one Redis server; PostgreSQL channels are already per database.
    /// </summary>
    public string Channel { get; set; } = "parportal_cache";

    /// <summary>
    /// Addresses of reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are trusted, besides the
    /// loopback addresses (a proxy on the same machine). Without it, behind a proxy on another machine every visitor
    /// would share the proxy's address (one login rate limit for all) and links would say http.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>
    /// How long the eviction listener waits for a message before it checks that its connection is alive. A dead
    /// connection is reopened, and this node's cache emptied, because messages sent meanwhile were lost.
    /// </summary>
    public TimeSpan ListenerPing { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long a node waits before it tries again to reach the eviction channel after a failure: short enough that
    /// pages are not stale for long, long enough not to flood a database that is down.
    /// </summary>
    public TimeSpan ListenerRetry { get; set; } = TimeSpan.FromSeconds(2);
}
