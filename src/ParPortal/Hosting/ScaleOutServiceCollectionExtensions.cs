using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParPortal.Data;
using ParPortal.Features.Content;
using ParPortal.Features.Public;

namespace ParPortal.Hosting;

/// <summary>
/// What lets any number of stateless nodes serve one site on PostgreSQL (see <see cref="ScaleOutOptions"/>): shared
/// data-protection keys (so a login, an antiforgery token or a session made on one node is valid on every other),
/// cache evictions sent to every node, once-per-site locks for background work, health endpoints and forwarded headers.
/// On the single SQLite node every part stays in the process and nothing needs configuring.
/// </summary>
public static partial class ScaleOutServiceCollectionExtensions
{
    public static IServiceCollection AddParPortalScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScaleOutOptions>().Bind(configuration.GetSection(ScaleOutOptions.Section))
            .Validate(o => ChannelName().IsMatch(o.Channel), "ParPortal:ScaleOut:Channel must be 1–63 lower-case letters, digits or underscores.")
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "ParPortal:ScaleOut:KnownProxies must be IP addresses.")
            .ValidateOnStart();
        services.AddSingleton<IClusterLock, ClusterLock>();
        services.AddSingleton<ClusterNode>();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<ClusterEvictions>();
        services.AddScoped<IContentHandler, PostgresEvictionNotifier>();
        services.AddSingleton<IContentCommittedObserver, RedisEvictionPublisher>();
        services.AddSingleton<ClusterEvictionListener>();
        services.AddHostedService(sp => sp.GetRequiredService<ClusterEvictionListener>());

        // On PostgreSQL the key ring is a table of the site's database, read by every node; the file repository that
        // the users feature configures stays for SQLite. PostConfigure runs after every Configure, whatever the order.
        services.AddOptions<KeyManagementOptions>().PostConfigure<IServiceProvider>((o, sp) =>
        {
            if (sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres)
            {
                o.XmlRepository = new EntityFrameworkCoreXmlRepository<PostgresParPortalDbContext>(sp, sp.GetRequiredService<ILoggerFactory>());
            }
        });
        services.AddScoped<IDatabaseInitializer, DataProtectionKeyInitializer>();

        services.AddParPortalReadinessChecks();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ScaleOutOptions>>((o, scaleOut) =>
        {
            // Only the client address and the scheme: the proxy passes the Host header itself. Loopback proxies are
            // trusted by default; others are listed.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in scaleOut.Value.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline: the visitor's address and scheme as the reverse proxy saw them.</summary>
    public static WebApplication UseParPortalForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    [GeneratedRegex("^[a-z0-9_]{1,63}$")]
    private static partial Regex ChannelName();
}

/// <summary>
/// Makes sure the key ring has a key before the site serves (it runs under the first-run lock, after migrations): nodes
/// starting together would otherwise each create their own first key, and a cookie made by one could not be read by
/// another until they reload the ring.
/// </summary>
internal sealed class DataProtectionKeyInitializer(IDataProtectionProvider provider) : IDatabaseInitializer
{
    public Task InitializeAsync(ParPortalDbContext db, CancellationToken ct)
    {
        provider.CreateProtector("ParPortal.KeyRing").Protect("ready"u8.ToArray());
        return Task.CompletedTask;
    }
}
