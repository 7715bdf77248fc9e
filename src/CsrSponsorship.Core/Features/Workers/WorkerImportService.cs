using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Workers;

// Bulk registration from a spreadsheet: template → preview (every row through WorkerValidator, the
// form's rules) → import of the valid rows in one transaction, exactly as previewed, or nothing.
public sealed class WorkerImportService(
    IDbContextFactory<AppDbContext> factory,
    ICurrentUser currentUser,
    IOptions<WorkerRulesOptions> rules,
    TimeProvider clock,
    AuditService audit)
{
    public const long MaxFileBytes = XlsxUpload.MaxFileBytes;

    private const int ProgressStep = 500;
    private const int SaveBatch = 2_000;

    private static readonly string[] Registrars = [Roles.Admin, Roles.Disnakerind, Roles.Loket];

    public async Task<byte[]> BuildTemplateAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Registrars);
        await using var db = await factory.CreateDbContextAsync(ct);
        var desa = (await DesaLookup.LoadAsync(db, ct)).Values
            .Select(d => new TemplateDesa(d.Code, d.Name, d.KecamatanCode, d.KecamatanName, d.InProgrammeArea))
            .ToList();
        var programme = desa.Where(d => d.InProgrammeArea).OrderBy(d => d.KecamatanCode, StringComparer.Ordinal)
            .Select(d => d.KecamatanName).Distinct().ToList();
        var options = rules.Value;
        return WorkerImportWorkbook.BuildTemplate(new ImportTemplateModel(
            desa,
            Occupations.All.Select(o => o.Name).ToList(),
            WorkerImportColumns.ProvenanceNames.Select(p => p.Label).ToList(),
            programme,
            options.MinAge,
            options.MaxAge,
            options.MinimumDeclaredIncome,
            MaxFileBytes,
            WorkerImportColumns.MaxRows));
    }

    public async Task<ImportPreview> PreviewAsync(
        Stream content, string fileName, long length, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var caller = await currentUser.GetAsync();
        caller.Require(Registrars);

        var (name, bytes, sha256) = await XlsxUpload.ReceiveAsync(content, fileName, length, progress, ct);

        var (header, sheetRows) = XlsxSheetReader.ReadSheet(bytes, WorkerImportColumns.MaxRows, progress, ct);
        var (headers, positions) = MapHeaders(header);
        if (sheetRows.Count == 0)
        {
            throw new DomainException("Berkas tidak berisi baris data di bawah baris judul.");
        }

        progress?.Report(new ImportProgress(ImportProgress.Reading, sheetRows.Count, sheetRows.Count));

        await using var db = await factory.CreateDbContextAsync(ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        var formerNames = await db.Desa.AsNoTracking().Where(d => d.FormerName != null)
            .Select(d => new { d.Code, Name = d.FormerName! }).ToListAsync(ct);
        var parser = new ImportRowParser(
            positions, desa, desa.Values.Select(d => (d.Code, d.Name)).Concat(formerNames.Select(d => (d.Code, d.Name))));

        var options = rules.Value;
        var today = Wita.Today(clock);
        var checkedRows = new List<(SheetRow Sheet, ParsedRow Parsed, WorkerValidation Validation)>(sheetRows.Count);
        foreach (var row in sheetRows)
        {
            var parsed = parser.Parse(row.Cells);
            checkedRows.Add((row, parsed, WorkerValidator.Validate(parsed.Draft, desa, options, today)));
            if (checkedRows.Count % ProgressStep == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(new ImportProgress(ImportProgress.Checking, checkedRows.Count, sheetRows.Count));
            }
        }

        var niks = checkedRows.Where(r => r.Validation.Value is not null).Select(r => r.Validation.Value!.Nik).Distinct().ToList();
        var registered = await ExistingNiksAsync(db, niks, ct);
        await RecordHiddenDuplicatesAsync(db, caller, registered, name, ct);
        var kpjs = checkedRows.Select(r => KpjOf(r.Parsed, r.Validation)).OfType<string>().Distinct().ToList();
        var registeredKpjs = await ExistingKpjsAsync(db, kpjs, ct);

        var results = new List<ImportRowResult>(checkedRows.Count);
        var valid = new List<ValidWorker>();
        var firstRowOfNik = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstRowOfKpj = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (sheet, parsed, validation) in checkedRows)
        {
            var errors = new List<FieldIssue>(parsed.Errors);
            var warnings = new List<FieldIssue>(parsed.Warnings);
            foreach (var issue in validation.Errors.Where(e => !parsed.FailedFields.Contains(e.Field)))
            {
                errors.Add(ImportRowParser.Issue(ColumnOf(issue.Field, parsed.DesaColumn), issue.Message));
            }

            warnings.AddRange(validation.Warnings.Select(w => ImportRowParser.Issue(ColumnOf(w.Field, parsed.DesaColumn), w.Message)));

            var nik = validation.Value?.Nik ?? PastedText.Trim(parsed.Draft.Nik);
            if (nik.Length > 0)
            {
                if (firstRowOfNik.TryGetValue(nik, out var first))
                {
                    errors.Add(ImportRowParser.Issue(WorkerImportColumns.Nik,
                        string.Create(CultureInfo.InvariantCulture, $"NIK sama dengan baris {first}; satu NIK hanya untuk satu pekerja.")));
                }
                else
                {
                    firstRowOfNik[nik] = sheet.RowNumber;
                }
            }

            if (validation.Value is not null && registered.Contains(validation.Value.Nik))
            {
                errors.Add(ImportRowParser.Issue(WorkerImportColumns.Nik, "NIK sudah terdaftar; satu NIK hanya untuk satu pekerja."));
            }

            // One KPJ, one worker (BPJS reconciliation matches on it): not twice in the file, not someone else's.
            if (KpjOf(parsed, validation) is { } kpj)
            {
                if (firstRowOfKpj.TryGetValue(kpj, out var firstWithKpj))
                {
                    errors.Add(ImportRowParser.Issue(WorkerImportColumns.Kpj,
                        string.Create(CultureInfo.InvariantCulture, $"Nomor KPJ sama dengan baris {firstWithKpj}; satu nomor KPJ hanya untuk satu pekerja.")));
                }
                else
                {
                    firstRowOfKpj[kpj] = sheet.RowNumber;
                }

                if (registeredKpjs.Contains(kpj))
                {
                    errors.Add(ImportRowParser.Issue(WorkerImportColumns.Kpj, "Nomor KPJ sudah tercatat untuk pekerja lain; satu nomor KPJ hanya untuk satu pekerja."));
                }
            }

            if (errors.Count == 0)
            {
                valid.Add(validation.Value!);
            }

            results.Add(new ImportRowResult(
                sheet.RowNumber, sheet.Cells.Take(headers.Count).Select(c => c.Display()).ToList(), nik.Length > 0 ? nik : parsed.NikText,
                parsed.Draft.FullName ?? "", errors, warnings));
        }

        progress?.Report(new ImportProgress(ImportProgress.Checking, results.Count, results.Count));
        return new ImportPreview(Guid.NewGuid(), name, sha256, headers, results, valid);
    }

    // deskId: the one-stop desk where the file's registrations were collected (DeskAttribution decides whether it may be).
    public async Task<ImportOutcome> ImportValidRowsAsync(
        ImportPreview preview, IProgress<ImportProgress>? progress = null, int? deskId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var caller = await currentUser.GetAsync();
        caller.Require(Registrars);
        if (preview.ValidWorkers.Count == 0)
        {
            throw new DomainException("Tidak ada baris yang valid untuk diimpor. Perbaiki berkas lalu unggah lagi.");
        }

        var total = preview.ValidWorkers.Count;
        progress?.Report(new ImportProgress(ImportProgress.Saving, 0, total));
        await using var db = await factory.CreateDbContextAsync(ct);
        var desk = await DeskAttribution.ResolveAsync(db, caller, deskId, ct);
        // Thousands of inserts: change detection over the whole tracker per Add is what makes bulk adds slow.
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // SQLite: BEGIN IMMEDIATE takes the write lock now, so nothing can register a NIK between
        // the re-check below and the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Workers.AnyAsync(w => w.ImportBatchId == preview.BatchId, ct))
        {
            throw new DomainException("Berkas ini sudah diimpor.");
        }

        var taken = await ExistingNiksAsync(db, preview.ValidWorkers.Select(v => v.Nik).ToList(), ct);
        if (taken.Count > 0)
        {
            throw Changed(taken);
        }

        var takenKpjs = await ExistingKpjsAsync(db, preview.ValidWorkers.Select(v => v.Kpj).OfType<string>().ToList(), ct);
        if (takenKpjs.Count > 0)
        {
            throw new DomainException(
                $"Data berubah sejak pratinjau: nomor KPJ {Listed(takenKpjs)} sudah tercatat untuk pekerja lain. Ulangi pratinjau; tidak ada baris yang diimpor.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var workers = preview.ValidWorkers.Select(v => Worker.Register(v, caller.UserId, now, preview.BatchId, desk)).ToList();
        await DuplicateScreen.FlagAsync(db, workers, ct);

        // The batch's own record, committed with its workers: how many rows this file brought, so an integrity check
        // (CrashHarness check) can tell a whole file from a partial one whatever the file was called.
        db.AuditEntries.Add(AuditEntry.Event(now, caller.Actor, AuditActions.Imported, AuditActions.WorkerImportEntity, preview.BatchId,
            new ImportRecord(preview.FileName, workers.Count, preview.Sha256)));

        var done = 0;
        try
        {
            foreach (var chunk in workers.Chunk(SaveBatch))
            {
                db.Workers.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                var description = $"Diimpor dari berkas {preview.FileName}.";
                foreach (var worker in chunk)
                {
                    db.WorkerEvents.Add(WorkerEvent.For(worker, caller.UserId, now, description));
                    if (worker.ReviewReason is not null)
                    {
                        db.WorkerEvents.Add(WorkerEvent.For(worker, caller.UserId, now, WorkerService.FlaggedPrefix + worker.ReviewReason));
                    }
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                done += chunk.Length;
                progress?.Report(new ImportProgress(ImportProgress.Saving, done, total));
            }
        }
        catch (DbUpdateException)
        {
            // Only a NIK or KPJ that appeared despite the lock can get here; nothing of this import is kept.
            throw new DomainException("Data berubah sejak pratinjau: ada NIK atau nomor KPJ yang sudah terdaftar. Ulangi pratinjau; tidak ada baris yang diimpor.");
        }

        await transaction.CommitAsync(ct);
        return new ImportOutcome(workers.Count, workers.Count(w => w.ReviewReason is not null), preview.BatchId);
    }

    // Rows with errors first, then rows with warnings only, each in file order; valid clean rows are left out.
    // An instance method although it needs no state: pages call it on the injected service like the rest.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Service API")]
    public byte[] BuildErrorReport(ImportPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var rows = preview.Rows.Where(r => !r.IsValid)
            .Concat(preview.Rows.Where(r => r.IsValid && r.Warnings.Count > 0))
            .Select(r => new ErrorReportRow(
                r.RowNumber, r.Cells, string.Join("\n", r.Errors.Select(e => e.Message)), string.Join("\n", r.Warnings.Select(w => w.Message))))
            .ToList();
        return WorkerImportWorkbook.BuildErrorReport(new ErrorReportModel(preview.Headers, rows));
    }

    private static (IReadOnlyList<string> Headers, Dictionary<ImportColumn, int> Positions) MapHeaders(SheetRow header)
    {
        var headers = header.Cells.Select(c => c.Display().Trim()).ToList();
        var positions = new Dictionary<ImportColumn, int>();
        var duplicated = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var key = ImportRowParser.Key(headers[i]);
            var column = WorkerImportColumns.All.FirstOrDefault(c => ImportRowParser.Key(c.Header) == key || ImportRowParser.Key(c.Label) == key);
            if (column is null)
            {
                continue;
            }

            if (!positions.TryAdd(column, i))
            {
                duplicated.Add(column.Header);
            }
        }

        var missing = WorkerImportColumns.All.Where(c => !positions.ContainsKey(c)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException(
                string.Create(CultureInfo.InvariantCulture, $"Kolom berikut tidak ditemukan pada baris judul (baris {header.RowNumber}): ")
                + string.Join(", ", missing) + ". Gunakan templat yang dapat diunduh di halaman ini dan jangan mengubah judul kolom.");
        }

        if (duplicated.Count > 0)
        {
            throw new DomainException($"Kolom berikut muncul lebih dari sekali pada baris judul: {string.Join(", ", duplicated.Distinct())}.");
        }

        return (headers, positions);
    }

    // One query for the whole file: EF.Parameter sends the list as a single JSON parameter instead of EF 10's
    // default of one SQL parameter per item (20,000 of them would approach SQLite's limit and cost seconds to parse).
    private static async Task<HashSet<string>> ExistingNiksAsync(AppDbContext db, List<string> niks, CancellationToken ct) =>
        (await db.Workers.AsNoTracking().Where(w => EF.Parameter(niks).Contains(w.Nik)).Select(w => w.Nik).ToListAsync(ct))
        .ToHashSet(StringComparer.Ordinal);

    // "NIK sudah terdaftar" says that a NIK exists, as the form's duplicate check does; for workers the uploader may not
    // see in full that answer is put on record, so a file of guessed birth dates shows in the audit log.
    private async Task RecordHiddenDuplicatesAsync(AppDbContext db, Caller caller, HashSet<string> registered, string fileName, CancellationToken ct)
    {
        if (registered.Count == 0)
        {
            return;
        }

        var niks = registered.ToList();
        var hidden = (await db.Workers.AsNoTracking().Where(w => EF.Parameter(niks).Contains(w.Nik))
                .Select(w => new { w.Id, w.RegisteredByUserId }).ToListAsync(ct))
            .Where(w => !PersonalDataPolicy.CanSeeFull(caller, w.RegisteredByUserId))
            .Select(w => w.Id).Order().ToList();
        if (hidden.Count > 0)
        {
            await audit.RecordAsync(AuditService.DuplicateNikRefused, nameof(Worker), "",
                string.Create(CultureInfo.InvariantCulture, $"Pratinjau impor {fileName}: pekerja #{string.Join(", #", hidden)}"), ct);
        }
    }

    private static async Task<HashSet<string>> ExistingKpjsAsync(AppDbContext db, List<string> kpjs, CancellationToken ct) =>
        kpjs.Count == 0
            ? []
            : (await db.Workers.AsNoTracking().Where(w => w.Kpj != null && EF.Parameter(kpjs).Contains(w.Kpj)).Select(w => w.Kpj!).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);

    // The row's KPJ when it is a well-formed number, even if another field of the row is wrong.
    private static string? KpjOf(ParsedRow parsed, WorkerValidation validation) =>
        validation.Value?.Kpj ?? (parsed.Draft.Kpj?.Trim() is { } typed && Worker.IsKpj(typed) ? typed : null);

    private static ImportColumn ColumnOf(string field, ImportColumn desaColumn) => field switch
    {
        nameof(WorkerDraft.Nik) => WorkerImportColumns.Nik,
        nameof(WorkerDraft.FullName) => WorkerImportColumns.FullName,
        nameof(WorkerDraft.BirthPlace) => WorkerImportColumns.BirthPlace,
        nameof(WorkerDraft.BirthDate) => WorkerImportColumns.BirthDate,
        nameof(WorkerDraft.Sex) => WorkerImportColumns.Sex,
        nameof(WorkerDraft.DesaCode) => desaColumn,
        nameof(WorkerDraft.Rt) => WorkerImportColumns.Rt,
        nameof(WorkerDraft.Rw) => WorkerImportColumns.Rw,
        nameof(WorkerDraft.Address) => WorkerImportColumns.Address,
        nameof(WorkerDraft.Phone) => WorkerImportColumns.Phone,
        nameof(WorkerDraft.OccupationCode) => WorkerImportColumns.Occupation,
        nameof(WorkerDraft.OccupationOther) => WorkerImportColumns.OccupationOther,
        nameof(WorkerDraft.DeclaredIncome) => WorkerImportColumns.Income,
        nameof(WorkerDraft.Kpj) => WorkerImportColumns.Kpj,
        nameof(WorkerDraft.Provenance) => WorkerImportColumns.Provenance,
        nameof(WorkerDraft.ConsentCollectedBy) => WorkerImportColumns.ConsentBy,
        nameof(WorkerDraft.ConsentCollectedOn) => WorkerImportColumns.ConsentOn,
        nameof(WorkerDraft.Notes) => WorkerImportColumns.Notes,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "A WorkerValidator field without an import column."),
    };

    private static DomainException Changed(HashSet<string> niks)
    {
        var shown = string.Join(", ", niks.Order(StringComparer.Ordinal).Take(5));
        var more = niks.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $" dan {niks.Count - 5} lainnya") : "";
        return new DomainException(
            $"Data berubah sejak pratinjau: NIK {shown}{more} sudah terdaftar. Ulangi pratinjau; tidak ada baris yang diimpor.");
    }

    private static string Listed(HashSet<string> kpjs)
    {
        var shown = string.Join(", ", kpjs.Order(StringComparer.Ordinal).Take(5));
        return kpjs.Count > 5 ? shown + string.Create(CultureInfo.InvariantCulture, $" dan {kpjs.Count - 5} lainnya") : shown;
    }
}
