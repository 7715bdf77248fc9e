using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Reliability;

// `CrashHarness check` is what operators run on a real database after a crash: it must judge files imported through
// the app (any name, any number of rows) by the import's own record, not by the harness's file-name convention.
public sealed class InvariantCheckTests : IAsyncLifetime
{
    private TestApp app = default!;

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAs(Roles.Loket, userId: "loket-1");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_file_imported_through_the_app_passes_the_check()
    {
        await ImportAsync("hostile.xlsx", Enumerable.Range(1, 17).Select(i => new ImportRowBuilder(serial: i)));
        await ImportAsync("Data Pekerja Desa Asam-Asam (revisi 2).xlsx", Enumerable.Range(101, 3).Select(i => new ImportRowBuilder(serial: i)));

        var (exit, report) = await CrashHarnessProcess.RunAsync(TimeSpan.FromMinutes(1), "check", app.DatabasePath);

        Assert.True(exit == 0, report);
        Assert.Contains("ok      no half-imported file", report, StringComparison.Ordinal);
        Assert.Contains("integrity ok, 0 integrity errors, 0 broken invariants", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_a_worker_missing_is_reported_as_half_imported()
    {
        await ImportAsync("pekerja-jorong.xlsx", Enumerable.Range(201, 5).Select(i => new ImportRowBuilder(serial: i)));
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // What a transaction cut short would leave: the file's last worker (with its event and audit rows) gone.
            command.CommandText = """
                PRAGMA foreign_keys = OFF;
                DELETE FROM WorkerEvents WHERE WorkerId = (SELECT MAX(Id) FROM Workers);
                DELETE FROM Workers WHERE Id = (SELECT MAX(Id) FROM Workers);
                """;
            await command.ExecuteNonQueryAsync();
        }

        var (exit, report) = await CrashHarnessProcess.RunAsync(TimeSpan.FromMinutes(1), "check", app.DatabasePath);

        Assert.Equal(1, exit);
        Assert.Contains("BROKEN  no half-imported file", report, StringComparison.Ordinal);
        Assert.Contains("pekerja-jorong.xlsx", report, StringComparison.Ordinal);
    }

    private async Task ImportAsync(string fileName, IEnumerable<ImportRowBuilder> rows)
    {
        var import = app.Get<WorkerImportService>();
        byte[] file;
        using (var builder = await WorkbookBuilder.FromTemplateAsync(import))
        {
            file = builder.AddRange(rows).Build();
        }

        var preview = await import.PreviewAsync(new MemoryStream(file), fileName, file.Length);
        Assert.Equal(preview.Rows.Count, preview.ValidCount);
        await import.ImportValidRowsAsync(preview);
    }
}
