using System.Diagnostics;
using System.Globalization;

namespace CsrSponsorship.Benchmarks.Scale;

// `scale`: a fresh database, the synthetic province seeded through the bulk path, then every figure of issue 20
// measured through the services the pages use. See tests/CsrSponsorship.Benchmarks/README.md.
public static class ScaleCommand
{
    public const string Name = "scale";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter log)
    {
        var options = ScaleOptions.Parse(args);
        await using var database = ScaleDatabase.Create(options);
        log.WriteLine($"scale: {options.Workers:N0} workers on {options.Provider}; migrating a fresh database");
        await using var app = await database.StartAppAsync();

        var seeding = Stopwatch.StartNew();
        SeedResult seed;
        await using (var writer = await database.OpenWriterAsync(app))
        await using (var db = await app.DbAsync())
        {
            seed = await new ScaleSeeder(options, log).SeedAsync(db, writer);
        }

        var seedSeconds = seeding.Elapsed.TotalSeconds;
        using (var self = Process.GetCurrentProcess())
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded in {seedSeconds:0.0} s; peak working set so far {self.PeakWorkingSet64 / 1_048_576:N0} MB"));
        }

        if (options.SeedOnly)
        {
            return 0;
        }

        // The seed's domain objects (a million workers and their plan, ~700 MB at 1M) are garbage now; collected here, not
        // by a background collection in the middle of a measured page on the same two cores.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var settling = Stopwatch.StartNew();
        var settled = await database.SettleAsync();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{settled} in {settling.Elapsed.TotalSeconds:0.0} s; measuring ({options.Runs} runs each)"));
        if (options.ListsOnly)
        {
            log.WriteLine(await PageMeasurements.ListsAsync(app, options.Runs));
            return 0;
        }


        var pages = await PageMeasurements.RunAsync(app, options.Runs);
        var lists = await ListMeasurements.RunAsync(app, options.Runs);
        log.WriteLine("  pages and lists done; circular letter");
        var letter = await DocumentMeasurements.LetterAsync(app, database, options);
        log.WriteLine("  letter done; invoices and Excel");
        var invoices = await DocumentMeasurements.InvoicePdfPerSecondAsync(app, options.Runs, seed.Invoices);
        var excel = await DocumentMeasurements.ExcelAsync(app, database, options, seed.ExcelMonth);
        log.WriteLine("  documents done; payment writers");
        var payments = await PaymentContention.RunAsync(app, database, options, seed.UnpaidInvoiceIds);

        var json = ScaleReport.From(options, seedSeconds, pages, letter, invoices, excel, payments, lists).ToJson();
        if (options.JsonFile is { } file)
        {
            await File.WriteAllTextAsync(file, json);
        }

        log.WriteLine(json);
        return 0;
    }
}
