using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Reports;

// Configuration section "Coverage": how often the kept summaries are counted again.
public sealed class CoverageOptions
{
    public const string Section = "Coverage";

    // The public /cakupan page (decision 0219).
    public int RefreshMinutes { get; set; } = 10;

    // The Disnakerind dashboard (decision 0198).
    public int DashboardRefreshMinutes { get; set; } = 5;
}

// Figures that say which WITA month they are about and when they were counted.
public interface ICountedFigures
{
    YearMonth Month { get; }

    DateTime CountedAtUtc { get; }
}

// A summary counted at most once per interval per instance and again at every change of month (decisions 0219,
// 0198): a page that many open must not become a stream of full counts over the registry and its sponsorships.
// The pages say when the figures were counted. One count at a time: whoever comes while it runs gets its result.
public abstract class KeptFigures<T>(TimeProvider clock) : IDisposable
    where T : class, ICountedFigures
{
    private readonly SemaphoreSlim counting = new(1, 1);

    private T? last;

    protected abstract int RefreshMinutes { get; }

    public async Task<T> GetAsync(Func<CancellationToken, Task<T>> count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (Fresh(Volatile.Read(ref last)) is { } fresh)
        {
            return fresh;
        }

        return await CountAsync(count, Fresh, ct);
    }

    // Counted now, whatever the interval says; a count that finished after the request came serves it as well.
    public async Task<T> RecountAsync(Func<CancellationToken, Task<T>> count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(count);
        var asked = clock.GetUtcNow().UtcDateTime;
        return await CountAsync(count, figures => figures is not null && figures.CountedAtUtc >= asked ? figures : null, ct);
    }

    public void Dispose()
    {
        counting.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<T> CountAsync(Func<CancellationToken, Task<T>> count, Func<T?, T?> usable, CancellationToken ct)
    {
        await counting.WaitAsync(ct);
        try
        {
            if (usable(last) is { } counted)
            {
                return counted;
            }

            var figures = await count(ct);
            Volatile.Write(ref last, figures);
            return figures;
        }
        finally
        {
            counting.Release();
        }
    }

    private T? Fresh(T? figures)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return figures is not null
               && now - figures.CountedAtUtc < TimeSpan.FromMinutes(Math.Max(0, RefreshMinutes))
               && figures.Month == YearMonth.FromDate(Wita.Today(clock))
            ? figures
            : null;
    }
}

// The public page's figures (decision 0219): the page is open to anyone.
public sealed class PublicCoverageSnapshot(IOptions<CoverageOptions> options, TimeProvider clock) : KeptFigures<PublicCoverage>(clock)
{
    protected override int RefreshMinutes => options.Value.RefreshMinutes;
}

// The Disnakerind dashboard's figures (decision 0198): six aggregates over every sponsorship, 1.2 s at 1M workers.
public sealed class DisnakerDashboardSnapshot(IOptions<CoverageOptions> options, TimeProvider clock) : KeptFigures<DisnakerDashboard>(clock)
{
    protected override int RefreshMinutes => options.Value.DashboardRefreshMinutes;
}
