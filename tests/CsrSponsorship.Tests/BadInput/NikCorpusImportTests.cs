using System.Text;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.BadInput;

// The NIK corpus as one spreadsheet, one row per string, through preview and import: every bad row is named with
// an Indonesian message, exactly the good rows are imported, and a refused import leaves nothing behind.
public sealed class NikCorpusImportTests : IAsyncLifetime
{
    private static readonly DateOnly Today = NikCorpusFixture.Today;
    private TestApp app = default!;

    private WorkerImportService Import => app.Get<WorkerImportService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(Today);
        app.ActAs(Roles.Loket, userId: NikCorpusFixture.Registrar);
        await app.Get<WorkerService>().CreateAsync(NikCorpusFixture.Draft(NikCorpusFixture.TakenNik, "Pemilik Nik Terdaftar"));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    // A spreadsheet cannot hold what XML forbids (NUL and other control characters, half surrogate pairs); those
    // strings reach the services through the form only and are covered there.
    private static List<NikCase> SpreadsheetCases() =>
        [.. BadInputCorpus.Niks.Where(c => c.Input is null || XmlCanHold(c.Input))];

    [Fact]
    public async Task The_corpus_as_a_spreadsheet_flags_every_bad_row_and_imports_exactly_the_good_ones()
    {
        var cases = SpreadsheetCases();
        Assert.True(cases.Count >= 60, $"{cases.Count} NIK strings fit in a spreadsheet");
        var file = await CorpusWorkbookAsync(cases);
        var before = await CorpusAssert.CountsAsync(app);

        var preview = await PreviewAsync(file);

        Assert.Equal(cases.Count, preview.Rows.Count);
        var problems = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var row = preview.Rows[i];
            Assert.Equal(i + 2, row.RowNumber);
            foreach (var error in row.Errors)
            {
                CorpusAssert.IsIndonesianMessage(error.Message);
            }

            var ok = c.Expect switch
            {
                "valid" => row.IsValid && row.Nik == NikCheck.Check(c.Input, today: Today).Nik,
                "taken" => row.Errors.Any(e => e.Field == "NIK" && e.Message.Contains("sudah terdaftar", StringComparison.Ordinal)),
                "age" => row.Errors.Any(e => e.Field == "Tanggal Lahir" && e.Message.Contains("Usia pekerja", StringComparison.Ordinal))
                    && row.Errors.All(e => e.Field != "NIK"),
                _ => row.Errors.Any(e => e.Field == "NIK"
                    && e.Message.EndsWith(NikCheck.Check(c.Input, today: Today).Errors.First(x => x.Code == c.ErrorCode).Message, StringComparison.Ordinal)),
            };
            if (!ok)
            {
                problems.Add($"row {row.RowNumber} ({c.Id}, expected {c.Expect}): {string.Join(" | ", row.Errors.Select(e => e.Message))}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var valid = cases.Where(c => c.IsValid).Select(c => NikCheck.Check(c.Input, today: Today).Nik!).ToList();
        Assert.Equal(valid.Count, preview.ValidCount);
        Assert.Equal(before, await CorpusAssert.CountsAsync(app));

        var outcome = await Import.ImportValidRowsAsync(preview);

        Assert.Equal(valid.Count, outcome.Imported);
        var stored = await CorpusAssert.QueryAsync(app, db => db.Workers.AsNoTracking().Where(w => w.ImportBatchId == preview.BatchId).Select(w => w.Nik).ToListAsync());
        Assert.Equal(valid.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        Assert.Equal(before.Workers + valid.Count, (await CorpusAssert.CountsAsync(app)).Workers);
    }

    [Fact]
    public async Task An_import_overtaken_by_a_desk_registration_saves_no_row_at_all_and_the_next_preview_names_the_row()
    {
        var cases = SpreadsheetCases();
        var file = await CorpusWorkbookAsync(cases);
        var preview = await PreviewAsync(file);
        var first = cases.First(c => c.IsValid);
        await app.Get<WorkerService>().CreateAsync(NikCorpusFixture.Draft(first.Input, "Didaftarkan Di Loket"));
        var before = await CorpusAssert.CountsAsync(app);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Import.ImportValidRowsAsync(preview));

        CorpusAssert.IsIndonesianMessage(refusal.Message);
        Assert.Equal(before, await CorpusAssert.CountsAsync(app));

        var again = await PreviewAsync(file);
        var row = again.Rows[cases.IndexOf(first)];
        Assert.Contains(row.Errors, e => e.Message.Contains("sudah terdaftar", StringComparison.Ordinal));
        var outcome = await Import.ImportValidRowsAsync(again);
        Assert.Equal(preview.ValidCount - 1, outcome.Imported);
    }

    [Fact]
    public async Task A_file_of_only_bad_NIKs_previews_and_then_imports_nothing()
    {
        var cases = SpreadsheetCases().Where(c => c.ErrorCode is not null).ToList();
        var preview = await PreviewAsync(await CorpusWorkbookAsync(cases));
        Assert.Equal(0, preview.ValidCount);
        Assert.Equal(cases.Count, preview.ErrorCount);
        var before = await CorpusAssert.CountsAsync(app);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => Import.ImportValidRowsAsync(preview));

        CorpusAssert.IsIndonesianMessage(refusal.Message);
        Assert.Equal(before, await CorpusAssert.CountsAsync(app));
    }

    // Files refused as a whole: a text file (full of formulas) renamed .xlsx, a sheet whose NIK header is a formula
    // string, and a template without data rows. Each gets one Indonesian sentence and leaves the registry as it was.
    [Fact]
    public async Task Files_refused_as_a_whole_leave_nothing_behind()
    {
        var before = await CorpusAssert.CountsAsync(app);
        var csv = Encoding.UTF8.GetBytes("NIK;Nama\n=1+1;=HYPERLINK(\"http://contoh.invalid\",\"klik\")\n6301021505900001;@SUM(A1)\n");
        using var renamed = await WorkbookBuilder.FromTemplateAsync(Import);
        renamed.Data.Cell(1, 1).SetValue("=NIK");
        using var empty = await WorkbookBuilder.FromTemplateAsync(Import);

        byte[][] files = [csv, renamed.Add(new ImportRowBuilder(serial: 4001)).Build(), empty.Build()];
        foreach (var file in files)
        {
            var refusal = await Assert.ThrowsAsync<DomainException>(() => PreviewAsync(file));
            CorpusAssert.IsIndonesianMessage(refusal.Message);
        }

        Assert.Equal(before, await CorpusAssert.CountsAsync(app));
    }

    private async Task<byte[]> CorpusWorkbookAsync(List<NikCase> cases)
    {
        using var builder = await WorkbookBuilder.FromTemplateAsync(Import);
        for (var i = 0; i < cases.Count; i++)
        {
            builder.Add(new ImportRowBuilder(serial: 3001 + i)
                .With(WorkerImportColumns.Nik, cases[i].Input)
                .With(WorkerImportColumns.BirthDate, null)
                .With(WorkerImportColumns.Sex, null)
                .With(WorkerImportColumns.ConsentOn, Today.AddDays(-1).ToDateTime(TimeOnly.MinValue)));
        }

        return builder.Build();
    }

    private async Task<ImportPreview> PreviewAsync(byte[] file) =>
        await Import.PreviewAsync(new MemoryStream(file), "pekerja.xlsx", file.Length);

    private static bool XmlCanHold(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
