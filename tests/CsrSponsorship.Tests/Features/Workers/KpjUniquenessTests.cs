using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Workers;

// One KPJ number belongs to one worker: BPJS reconciliation matches on it (issue 15 item 6).
public sealed class KpjUniquenessTests : IAsyncLifetime
{
    private const string Kpj = "12345678901";
    private TestApp app = default!;

    private WorkerService Workers => app.Get<WorkerService>();

    private WorkerImportService Import => app.Get<WorkerImportService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAs(Roles.Disnakerind, userId: "disnaker-1");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_KPJ_already_given_to_another_worker_is_refused_on_registration_and_on_edit_with_an_Indonesian_message()
    {
        var holder = await Workers.CreateAsync(new WorkerDraftBuilder().With(d => d.Kpj = Kpj).Build());

        var onCreate = await Assert.ThrowsAsync<WorkerValidationException>(() =>
            Workers.CreateAsync(new WorkerDraftBuilder().With(d => d.Kpj = " " + Kpj + " ").Build()));
        var other = await Workers.CreateAsync(new WorkerDraftBuilder().Build());
        var form = await Workers.GetEditFormAsync(other.Id);
        form.Draft.Kpj = Kpj;
        var onEdit = await Assert.ThrowsAsync<WorkerValidationException>(() => Workers.UpdateAsync(other.Id, form.Draft, form.Version));
        var own = await Workers.GetEditFormAsync(holder.Id);
        own.Draft.Address = "Jl. Baru No. 2";
        await Workers.UpdateAsync(holder.Id, own.Draft, own.Version);

        foreach (var ex in new[] { onCreate, onEdit })
        {
            var issue = Assert.Single(ex.Errors);
            Assert.Equal(nameof(WorkerDraft.Kpj), issue.Field);
            Assert.Equal($"Nomor KPJ {Kpj} sudah tercatat untuk pekerja lain. Satu nomor KPJ hanya untuk satu pekerja; periksa kembali kartu BPJS Ketenagakerjaan.", issue.Message);
        }

        await using var db = await app.DbAsync();
        Assert.Equal(2, await db.Workers.CountAsync());
        Assert.Equal([holder.Id], await db.Workers.Where(w => w.Kpj == Kpj).Select(w => w.Id).ToListAsync());
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_worker_with_the_same_KPJ_but_allows_many_without_one()
    {
        await Workers.CreateAsync(new WorkerDraftBuilder().With(d => d.Kpj = Kpj).Build());
        await Workers.CreateAsync(new WorkerDraftBuilder().Build());
        await Workers.CreateAsync(new WorkerDraftBuilder().Build());
        await using var db = await app.DbAsync();
        var last = await db.Workers.OrderBy(w => w.Id).LastAsync();

        var ex = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE Workers SET Kpj = {Kpj} WHERE Id = {last.Id}"));

        Assert.Contains("UNIQUE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_row_whose_KPJ_belongs_to_another_worker_or_to_an_earlier_row_is_an_error_row()
    {
        await Workers.CreateAsync(new WorkerDraftBuilder().With(d => d.Kpj = Kpj).Build());
        var rows = new[]
        {
            new ImportRowBuilder(serial: 501).With(WorkerImportColumns.Kpj, "22222222222"),
            new ImportRowBuilder(serial: 502).With(WorkerImportColumns.Kpj, Kpj),
            new ImportRowBuilder(serial: 503).With(WorkerImportColumns.Kpj, "22222222222"),
            new ImportRowBuilder(serial: 504),
            new ImportRowBuilder(serial: 505),
        };
        using var builder = await WorkbookBuilder.FromTemplateAsync(Import);
        var file = builder.AddRange(rows).Build();

        var preview = await Import.PreviewAsync(new MemoryStream(file), "pekerja.xlsx", file.Length);

        Assert.Equal([3, 4], preview.Rows.Where(r => !r.IsValid).Select(r => r.RowNumber));
        var registered = Assert.Single(preview.Rows.Single(r => r.RowNumber == 3).Errors);
        Assert.Equal("No. KPJ: Nomor KPJ sudah tercatat untuk pekerja lain; satu nomor KPJ hanya untuk satu pekerja.", registered.Message);
        var repeated = Assert.Single(preview.Rows.Single(r => r.RowNumber == 4).Errors);
        Assert.Equal("No. KPJ: Nomor KPJ sama dengan baris 2; satu nomor KPJ hanya untuk satu pekerja.", repeated.Message);
        Assert.Equal(3, (await Import.ImportValidRowsAsync(preview)).Imported);
    }

    [Fact]
    public async Task A_KPJ_registered_at_the_desk_after_the_preview_stops_the_whole_import()
    {
        using var builder = await WorkbookBuilder.FromTemplateAsync(Import);
        var file = builder.AddRange([new ImportRowBuilder(serial: 601).With(WorkerImportColumns.Kpj, Kpj), new ImportRowBuilder(serial: 602)]).Build();
        var preview = await Import.PreviewAsync(new MemoryStream(file), "pekerja.xlsx", file.Length);
        Assert.Equal(2, preview.ValidCount);
        await Workers.CreateAsync(new WorkerDraftBuilder().With(d => d.Kpj = Kpj).Build());

        var ex = await Assert.ThrowsAsync<CsrSponsorship.Core.Common.DomainException>(() => Import.ImportValidRowsAsync(preview));

        Assert.Equal($"Data berubah sejak pratinjau: nomor KPJ {Kpj} sudah tercatat untuk pekerja lain. Ulangi pratinjau; tidak ada baris yang diimpor.", ex.Message);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Workers.CountAsync());
    }
}
