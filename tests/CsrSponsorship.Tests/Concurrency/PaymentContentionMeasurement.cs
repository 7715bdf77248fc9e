using System.Diagnostics;
using System.Globalization;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CsrSponsorship.Tests.Concurrency;

// What one writer at a time costs (decision 0201): 32 clerks recording payments at once, split over two instances on
// one database, each on their own invoice. Prints the latency of each RecordAsync (p50/p95/p99) and the throughput;
// asserts only that every payment was stored, never a time. Not part of CI (Category=Perf); run it with
//   CSR_TEST_POSTGRES=... dotnet test tests/CsrSponsorship.Tests -c Release --filter "FullyQualifiedName~PaymentContention" --logger "console;verbosity=detailed"
[Trait("Category", "Perf")]
public sealed class PaymentContentionMeasurement(ITestOutputHelper output)
{
    private const int Writers = 32;
    private const int PaymentsEach = 10;

    [Theory]
    [InlineData(DatabaseEngine.SqliteName)]
    [InlineData(DatabaseEngine.PostgreSqlName)]
    public async Task Thirty_two_payment_writers_over_two_instances_are_measured(string engine)
    {
        var postgres = engine == DatabaseEngine.PostgreSqlName ? await PostgresServer.CreateDatabaseAsync() : null;
        try
        {
            await using var a = postgres is null ? await TestApp.StartAsync() : await TestApp.StartOnPostgresAsync(postgres);
            await using var b = postgres is null ? await TestApp.StartAsync(databasePath: a.DatabasePath) : await TestApp.StartOnPostgresAsync(postgres);
            a.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
            var invoices = new List<int>();
            for (var i = 0; i < Writers; i++)
            {
                invoices.Add(await a.IssuedInvoiceAsync(await a.CompanyAsync($"PT Kasir {i}"), workers: 1));
            }

            foreach (var app in new[] { a, b })
            {
                app.Clock.SetWitaDate(new DateOnly(2026, 6, 5));
                app.ActAsKeuangan();
            }

            var wall = Stopwatch.StartNew();
            var latencies = await Task.WhenAll(invoices.Select((invoiceId, w) => Task.Run(async () =>
            {
                var payments = (w % 2 == 0 ? a : b).Get<PaymentService>();
                var own = new List<double>();
                for (var p = 0; p < PaymentsEach; p++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var recorded = await payments.RecordAsync(invoiceId, new PaymentInput(new DateOnly(2026, 6, 5), 10_000, PaymentMethod.TransferBpjs, $"UKUR-{w}-{p}"));
                    own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    Assert.False(recorded.WasDuplicate);
                }

                return own;
            })));
            wall.Stop();

            var all = latencies.SelectMany(l => l).Order().ToList();
            Assert.Equal(Writers * PaymentsEach, all.Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{engine}: {all.Count} payments by {Writers} writers over 2 instances in {wall.Elapsed.TotalSeconds:0.00} s ({all.Count / wall.Elapsed.TotalSeconds:0} per second); RecordAsync p50 {Percentile(all, 50):0.0} ms, p95 {Percentile(all, 95):0.0} ms, p99 {Percentile(all, 99):0.0} ms, max {all[^1]:0.0} ms"));
        }
        finally
        {
            if (postgres is not null)
            {
                await PostgresServer.DropDatabaseAsync(postgres);
            }
        }
    }

    // Nearest rank.
    private static double Percentile(List<double> sorted, int p) => sorted[Math.Max(0, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
}
