using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ParPortal.Features.Media;
using ParPortal.Features.Public;
using ParPortal.Features.Search.Integration;

namespace ParPortal.Hosting;

/// <summary>
/// Health endpoints for a load balancer or an orchestrator: <c>/healthz</c> says the process answers (liveness, no
/// dependency checked, so a database outage never gets every node restarted at once); <c>/readyz</c> says this node can
/// serve (database, media folder, search, and the channel that brings other nodes' cache evictions), so the proxy sends it traffic. <c>/health</c> stays as the readiness check.
/// </summary>
public static class ScaleOutHealth
{
    public static IServiceCollection AddParPortalReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<MediaFolderHealthCheck>("media")
            .AddCheck<SearchHealthCheck>("search")
            .AddCheck<EvictionChannelHealthCheck>("cache-channel");
        return services;
    }

    public static IEndpointRouteBuilder MapParPortalHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz");
        endpoints.MapHealthChecks("/health");
        return endpoints;
    }
}

/// <summary>The media folder exists and takes a write (on a shared folder: the share is mounted and writable).</summary>
internal sealed class MediaFolderHealthCheck(MediaStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(store.RootPath, ".incoming", $"ready-{Guid.NewGuid():N}.probe");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(probe)!);
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy($"The media folder {store.RootPath} cannot be written.", e);
        }
    }
}

/// <summary>The search index answers a query (a title suggestion: the cheapest query that reads the index).</summary>
internal sealed class SearchHealthCheck(SearchService search) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await search.SuggestAsync("thu", 1, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The search index does not answer.", e);
        }
    }
}

/// <summary>This node hears the other nodes' cache evictions; without them it would serve stale pages.</summary>
internal sealed class EvictionChannelHealthCheck(ClusterEvictionListener listener) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(listener.IsListening ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The cache eviction channel is not connected."));
}
