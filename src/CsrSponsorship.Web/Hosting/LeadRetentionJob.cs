using CsrSponsorship.Core.Features.Outreach;

namespace CsrSponsorship.Web.Hosting;

// Deletes public-page leads that were not converted within their retention period (LeadRetention), a minute after
// start and then every six hours. Several instances may run it at once: a second run finds nothing left to delete.
internal sealed class LeadRetentionJob(LeadRetention retention, TimeProvider clock, ILogger<LeadRetentionJob> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRun, clock, stoppingToken);
            using var timer = new PeriodicTimer(Interval, clock);
            do
            {
                try
                {
                    var deleted = await retention.DeleteExpiredAsync(stoppingToken);
                    if (deleted > 0)
                    {
                        logger.LogInformation("Deleted {Count} expired interest leads.", deleted);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Tried again at the next interval; the leads stay until then.
                    logger.LogError(ex, "Deleting expired interest leads failed.");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
