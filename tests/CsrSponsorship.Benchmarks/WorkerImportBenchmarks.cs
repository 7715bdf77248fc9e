using BenchmarkDotNet.Attributes;
using CsrSponsorship.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Benchmarks;

// Preview + import of a 10,000-row xlsx into the 100,000-worker registry. Target ≤ 10 s.
[Config(typeof(ShortInProcessConfig))]
public class WorkerImportBenchmarks
{
    private const int Rows = 10_000;

    private BenchApp app = default!;
    private WorkerImportService service = default!;
    private byte[] file = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // A private copy of the seeded registry, so imports never touch the search benchmark's file.
        var search = new WorkerSearchBenchmarks();
        await search.SetupAsync();
        await search.CleanupAsync();
        var path = Path.Combine(Path.GetTempPath(), "csr-bench", "import.db");
        File.Copy(WorkerSearchBenchmarks.DatabasePath, path, overwrite: true);
        app = await BenchApp.StartAsync(path);
        service = app.Get<WorkerImportService>();
        file = await SyntheticData.ImportFileAsync(service, Rows);
    }

    [IterationSetup(Target = nameof(PreviewAndImport))]
    public void RemoveImported()
    {
        using var db = app.DbAsync().GetAwaiter().GetResult();
        db.Database.ExecuteSqlRaw(
            "DELETE FROM WorkerEvents WHERE WorkerId IN (SELECT Id FROM Workers WHERE ImportBatchId IS NOT NULL); DELETE FROM Workers WHERE ImportBatchId IS NOT NULL;");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await app.DisposeAsync();

    [Benchmark(Description = "Preview 10,000 rows")]
    public async Task<int> Preview()
    {
        var preview = await service.PreviewAsync(new MemoryStream(file), "pekerja.xlsx", file.Length);
        return preview.ValidCount == Rows ? Rows : throw new InvalidOperationException($"Only {preview.ValidCount} rows valid.");
    }

    [Benchmark(Description = "Preview + import 10,000 rows")]
    public async Task<int> PreviewAndImport()
    {
        var preview = await service.PreviewAsync(new MemoryStream(file), "pekerja.xlsx", file.Length);
        var outcome = await service.ImportValidRowsAsync(preview);
        return outcome.Imported == Rows ? Rows : throw new InvalidOperationException($"Only {outcome.Imported} rows imported.");
    }
}
