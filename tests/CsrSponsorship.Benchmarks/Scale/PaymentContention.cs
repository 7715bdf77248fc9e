using System.Diagnostics;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Payments;

namespace CsrSponsorship.Benchmarks.Scale;

// What one writer at a time costs (decision 0201): --payment-writers clerks recording payments at once through the real
// PaymentService, split over two service providers (two app instances) on one database, each on an unpaid invoice of
// its own. Latency of every RecordAsync; a refused or duplicate payment counts as an error.
public static class PaymentContention
{
    public const long Amount = 500;

    public static async Task<PaymentFigures> RunAsync(BenchApp first, ScaleDatabase database, ScaleOptions options, IReadOnlyList<int> invoices)
    {
        await using var second = await database.StartAppAsync();
        BenchApp[] instances = [first, second];
        foreach (var app in instances)
        {
            app.ActAs(Roles.Keuangan);
        }

        var paidOn = SyntheticData.TodayWita;
        var errors = 0;
        var latencies = await Task.WhenAll(invoices.Take(options.PaymentWriters).Select((invoiceId, w) => Task.Run(async () =>
        {
            var payments = instances[w % 2].Get<PaymentService>();
            var own = new List<double>(options.PaymentsPerWriter);
            for (var p = 0; p < options.PaymentsPerWriter; p++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var recorded = await payments.RecordAsync(invoiceId, new PaymentInput(paidOn, Amount, PaymentMethod.TransferBpjs, $"UKUR-{w}-{p}"));
                    if (recorded.WasDuplicate)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Counted, not thrown: the figure is how many clerks would have seen an error.
                    Interlocked.Increment(ref errors);
                }

                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return own;
        })));

        var all = latencies.SelectMany(l => l).Order().ToList();
        return new PaymentFigures(Timing.Percentile(all, 50), Timing.Percentile(all, 95), Timing.Percentile(all, 99), errors);
    }
}

public sealed record PaymentFigures(double P50Ms, double P95Ms, double P99Ms, int Errors);
