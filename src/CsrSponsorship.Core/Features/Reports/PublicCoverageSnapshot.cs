using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Reports;

// Configuration section "Coverage": how often the public /cakupan page's figures are counted again.
public sealed class CoverageOptions
{
    public const string Section = "Coverage";

    public int RefreshMinutes { get; set; } = 10;
}

// The public page's figures, counted at most once per RefreshMinutes per instance and at every change of month
// (decision 0219): the page is open to anyone, so a stream of anonymous requests must not become a stream of
// full counts over the registry and its sponsorships. The page says when the figures were counted.
public sealed class PublicCoverageSnapshot(IOptions<CoverageOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim counting = new(1, 1);

    private PublicCoverage? last;

    public async Task<PublicCoverage> GetAsync(Func<CancellationToken, Task<PublicCoverage>> count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (Fresh(Volatile.Read(ref last)) is { } fresh)
        {
            return fresh;
        }

        // One count at a time: whoever comes while it runs gets its result.
        await counting.WaitAsync(ct);
        try
        {
            if (Fresh(last) is { } counted)
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

    public void Dispose() => counting.Dispose();

    private PublicCoverage? Fresh(PublicCoverage? figures)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return figures is not null
               && now - figures.CountedAtUtc < TimeSpan.FromMinutes(Math.Max(0, options.Value.RefreshMinutes))
               && figures.Month == YearMonth.FromDate(Wita.Today(clock))
            ? figures
            : null;
    }
}
