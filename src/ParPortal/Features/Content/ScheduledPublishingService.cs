using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParPortal.Hosting;

namespace ParPortal.Features.Content;

/// <summary>
/// Publishes and unpublishes scheduled items. It ticks on the injected clock's timer every
/// <see cref="SchedulingOptions.Interval"/> (30 s by default), so an item goes out within a minute of its time.
/// A failing run is logged and retried next tick; it never stops the site. With several nodes, each period runs on the
/// one node that takes the cluster lock (<see cref="IClusterLock"/>), so an item is published once.
/// </summary>
internal sealed class ScheduledPublishingService(
    IServiceScopeFactory scopes, TimeProvider clock, IClusterLock clusterLock, IOptions<SchedulingOptions> options, ILogger<ScheduledPublishingService> log)
    : BackgroundService
{
    /// <summary>The cluster lock that one node holds while it publishes what is due.</summary>
    internal const string LockName = "scheduled-publishing";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) is > 0 and var done)
                {
                    log.LogInformation("Scheduler published or unpublished {Count} item(s).", done);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Scheduled publishing failed; retrying next period.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// One period: publishes and unpublishes what is due, or returns null when another node holds the lock this period
    /// (it is doing the same work; this node waits for its next tick).
    /// </summary>
    internal async Task<int?> RunOnceAsync(CancellationToken ct)
    {
        await using var held = await clusterLock.TryAcquireAsync(LockName, ct);
        if (held is null)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentManager>().RunDueSchedulesAsync(ct);
    }
}
