using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParPortal.Hosting;

namespace ParPortal.Features.Content;

/// <summary>
/// Publishes and unpublishes scheduled items. It ticks on the injected clock's timer every
/// <see cref="SchedulingOptions.Interval"/> (30 s by default), so an item goes out within a minute of its time.
/// A failing run is logged and retried next tick; it never stops the site.
/// </summary>
internal sealed class ScheduledPublishingService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SchedulingOptions> options, ILogger<ScheduledPublishingService> log)
    : BackgroundService
{
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
                await using var scope = scopes.CreateAsyncScope();
                var done = await scope.ServiceProvider.GetRequiredService<ContentManager>().RunDueSchedulesAsync(stoppingToken);
                if (done > 0)
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
}
