using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Payments;

// The BPJS TK branch sends its list of participants (NIK, KPJ, status, paid-through month). Matching it
// by NIK against the registry fills the KPJ numbers the office did not know yet and shows where the two
// disagree: unknown people, months the company paid for that BPJS never received, one person with two
// KPJ numbers (a known problem with informal workers), and sponsored workers BPJS counts as inactive.
public sealed class BpjsReconciliationService(
    IDbContextFactory<AppDbContext> factory,
    ICurrentUser currentUser,
    TimeProvider clock,
    AuditService audit)
{
    public const long MaxFileBytes = XlsxUpload.MaxFileBytes;

    private const int ProgressStep = 1_000;

    private static readonly string[] Reconcilers = [Roles.Keuangan, Roles.Disnakerind, Roles.Admin];

    public async Task<byte[]> BuildTemplateAsync()
    {
        (await currentUser.GetAsync()).Require(Reconcilers);
        return BpjsReconciliationWorkbook.BuildTemplate(MaxFileBytes, BpjsListColumns.MaxRows);
    }

    public async Task<ReconciliationReport> PreviewAsync(
        Stream content, string fileName, long length, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        (await currentUser.GetAsync()).Require(Reconcilers);

        var (name, bytes, sha256) = await XlsxUpload.ReceiveAsync(content, fileName, length, progress, ct);
        var (header, sheetRows) = XlsxSheetReader.ReadSheet(bytes, BpjsListColumns.MaxRows, progress, ct);
        var positions = BpjsListParser.MapHeaders(header);
        if (sheetRows.Count == 0)
        {
            throw new DomainException("Berkas tidak berisi baris data di bawah baris judul.");
        }

        progress?.Report(new ImportProgress(ImportProgress.Reading, sheetRows.Count, sheetRows.Count));
        var rows = new List<BpjsListRow>(sheetRows.Count);
        foreach (var sheetRow in sheetRows)
        {
            rows.Add(BpjsListParser.Parse(sheetRow, positions));
            if (rows.Count % ProgressStep == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(new ImportProgress(ImportProgress.Checking, rows.Count, sheetRows.Count));
            }
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var facts = await RegistryFacts.LoadAsync(db, rows, YearMonth.FromDate(Wita.Today(clock)), ct);
        var report = Compare(name, sha256, rows, facts);
        // Matching by full NIK tells which NIKs of the file are registered: a list of guessed NIKs would test them,
        // so every list checked is on record with its fingerprint (docs/security.md).
        await audit.RecordAsync(AuditService.BpjsListChecked, "BpjsList", "",
            string.Create(CultureInfo.InvariantCulture, $"{name}; {report.RowsRead} baris, {report.Matched} cocok; SHA-256 {sha256}"), ct);
        progress?.Report(new ImportProgress(ImportProgress.Checking, rows.Count, rows.Count));
        return report;
    }

    // Fills only the KPJ numbers fixed at preview time, in one transaction. Idempotent: a worker who already
    // has that number is counted as AlreadyFilled; one whose record changed since the preview (another KPJ,
    // or the number now held by someone else) is Skipped, never overwritten.
    public async Task<ReconciliationApplied> ApplyAsync(ReconciliationReport report, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var caller = await currentUser.GetAsync();
        caller.Require(Reconcilers);
        if (report.Fills.Count == 0)
        {
            return new ReconciliationApplied(0, 0, 0);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = report.Fills.Select(f => f.WorkerId).ToList();
        var numbers = report.Fills.Select(f => f.Kpj).ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: nobody can give one of these numbers to another worker between the check and the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var workers = await db.Workers.Where(w => EF.Parameter(ids).Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var holders = (await db.Workers.AsNoTracking().Where(w => w.Kpj != null && EF.Parameter(numbers).Contains(w.Kpj))
                .Select(w => new { w.Id, Kpj = w.Kpj! }).ToListAsync(ct))
            .ToLookup(w => w.Kpj, w => w.Id, StringComparer.Ordinal);

        int filled = 0, already = 0, skipped = 0;
        foreach (var fill in report.Fills)
        {
            if (!workers.TryGetValue(fill.WorkerId, out var worker))
            {
                skipped++;
            }
            else if (worker.Kpj == fill.Kpj)
            {
                already++;
            }
            else if (worker.Kpj is not null || holders[fill.Kpj].Any(id => id != worker.Id))
            {
                skipped++;
            }
            else
            {
                worker.AssignKpj(fill.Kpj);
                db.WorkerEvents.Add(WorkerEvent.For(worker, caller.UserId, now,
                    $"Nomor KPJ {fill.Kpj} diisi dari rekonsiliasi data BPJS Ketenagakerjaan (berkas {report.FileName})."));
                filled++;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }

        return new ReconciliationApplied(filled, already, skipped);
    }

    // Findings first in row order, then a summary sheet. Layout is BpjsReconciliationWorkbook's; values are decided here.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Service API")]
    public byte[] BuildMismatchReport(ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Mismatches.Select(m => new MismatchReportRow(
            m.RowNumber, ReconciliationLabels.Kind(m.Kind), m.MaskedNik, m.WorkerName ?? "", m.Kpj ?? "",
            m.Status is { } s ? ReconciliationLabels.Status(s) : "", m.PaidThrough?.ToDisplayString() ?? "",
            m.ExpectedMonth?.ToDisplayString() ?? "", m.Message)).ToList();
        var summary = new List<(string, int)>
        {
            ("Baris dibaca", report.RowsRead),
            ("Cocok dengan data pekerja", report.Matched),
            ("Nomor KPJ yang dapat diisi", report.KpjToFill),
            ("Nomor KPJ sudah sama", report.KpjAlreadyEqual),
        };
        summary.AddRange(report.CountsByKind.Select(k => (ReconciliationLabels.Kind(k.Key), k.Value)));
        return BpjsReconciliationWorkbook.BuildMismatchReport(new MismatchReportModel(report.FileName, rows, summary));
    }

    private static ReconciliationReport Compare(string fileName, string sha256, List<BpjsListRow> rows, RegistryFacts facts)
    {
        var valid = rows.Where(r => r.IsValid).ToList();
        var kpjsOfNik = valid.GroupBy(r => r.Nik!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var niksOfKpj = valid.GroupBy(r => r.Kpj!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var mismatches = new List<ReconciliationMismatch>();
        var conflicted = new HashSet<int>();
        var fills = new Dictionary<int, string>();
        var equal = new HashSet<int>();
        var matched = 0;
        foreach (var row in rows)
        {
            var worker = row.Nik is null ? null : facts.Workers.GetValueOrDefault(row.Nik);
            ReconciliationMismatch Finding(MismatchKind kind, string message, YearMonth? expected = null) => new(
                row.RowNumber, kind, NikMask.Mask(row.Nik ?? ""), worker?.Id, worker?.FullName, row.Kpj, row.Status, row.PaidThrough, expected, message);

            if (!row.IsValid)
            {
                mismatches.Add(Finding(MismatchKind.DataTidakValid, string.Join(" ", row.Errors)));
                continue;
            }

            var kpj = row.Kpj!;
            if (DoubleKpj(row, kpjsOfNik[row.Nik!], niksOfKpj[kpj], facts) is { } doubled)
            {
                mismatches.Add(Finding(MismatchKind.KpjGanda, doubled));
                if (worker is not null)
                {
                    conflicted.Add(worker.Id);
                }
            }

            if (worker is null)
            {
                mismatches.Add(Finding(MismatchKind.NikTidakDikenal,
                    "NIK tidak terdaftar di aplikasi. Periksa NIK pada data BPJS atau daftarkan pekerjanya lebih dulu."));
                continue;
            }

            if (!facts.Sponsored.Contains(worker.Id))
            {
                mismatches.Add(Finding(MismatchKind.TidakDisponsori,
                    "BPJS mencantumkan pekerja ini, tetapi di aplikasi ia belum pernah disponsori (CSR maupun pendana lain). "
                    + "Periksa siapa yang membayar iurannya sebelum perusahaan mengadopsinya, agar bulan yang sama tidak dibayar dua kali. "
                    + "Nomor KPJ-nya tidak diisi otomatis."));
                continue;
            }

            matched++;
            if (worker.Kpj == kpj)
            {
                equal.Add(worker.Id);
            }
            else if (worker.Kpj is not null)
            {
                conflicted.Add(worker.Id);
                mismatches.Add(Finding(MismatchKind.KpjBerbeda,
                    $"Di aplikasi pekerja ini sudah memiliki KPJ {worker.Kpj}, sedangkan BPJS mencantumkan {kpj}. Pastikan ke BPJS Ketenagakerjaan nomor mana yang berlaku."));
            }
            else
            {
                fills.TryAdd(worker.Id, kpj);
            }

            var started = facts.Sponsorships[worker.Id].ToList();
            if (started.Count > 0)
            {
                var expected = started.Max(s => s.EndMonth);
                if (row.PaidThrough is not { } paid || paid < expected)
                {
                    var recorded = row.PaidThrough is { } p ? $"BPJS mencatat iuran dibayar sampai {p.ToDisplayString()}" : "BPJS belum mencatat iuran yang dibayar";
                    mismatches.Add(Finding(MismatchKind.DibayarKurang,
                        $"{recorded}, padahal kepesertaan yang disponsori berjalan sampai {expected.ToDisplayString()}. Periksa apakah pembayaran sudah diteruskan ke BPJS.",
                        expected));
                }
            }

            var current = started.Where(s => s.Status == SponsorshipStatus.Aktif && s.EndMonth >= facts.CurrentMonth).ToList();
            if (row.Status == BpjsStatus.Nonaktif && current.Count > 0)
            {
                var s = current.MaxBy(c => c.EndMonth)!;
                mismatches.Add(Finding(MismatchKind.StatusNonaktif,
                    $"BPJS mencatat kepesertaan nonaktif, padahal kepesertaan disponsori aktif {s.StartMonth.ToDisplayString()}–{s.EndMonth.ToDisplayString()}.",
                    s.EndMonth));
            }
        }

        foreach (var absent in facts.StartedNotListed)
        {
            mismatches.Add(new ReconciliationMismatch(
                null, MismatchKind.TidakAdaDiBpjs, NikMask.Mask(absent.Nik), absent.WorkerId, absent.FullName, absent.Kpj, null, null, absent.EndMonth,
                $"Kepesertaan yang disponsori berjalan {absent.StartMonth.ToDisplayString()}–{absent.EndMonth.ToDisplayString()}, "
                + "tetapi pekerja ini tidak tercantum dalam daftar BPJS. Periksa apakah ia sudah didaftarkan dan iurannya sudah diterima BPJS."));
        }

        var fillList = fills.Where(f => !conflicted.Contains(f.Key)).Select(f => new KpjFill(f.Key, f.Value)).ToList();
        return new ReconciliationReport(fileName, sha256, rows.Count, matched, equal.Count, mismatches, fillList);
    }

    // One person, one KPJ number: in the file (a NIK listed with two numbers, a number listed for two NIKs)
    // and against the registry (the number already belongs to another worker).
    private static string? DoubleKpj(BpjsListRow row, List<BpjsListRow> sameNik, List<BpjsListRow> sameKpj, RegistryFacts facts)
    {
        var problems = new List<string>();
        var otherNumbers = sameNik.Where(r => r.Kpj != row.Kpj).ToList();
        if (otherNumbers.Count > 0)
        {
            problems.Add($"NIK ini juga tercantum dengan KPJ lain: {Describe(otherNumbers, r => r.Kpj!)}.");
        }

        var otherPeople = sameKpj.Where(r => r.Nik != row.Nik).ToList();
        if (otherPeople.Count > 0)
        {
            problems.Add($"KPJ {row.Kpj} juga tercantum untuk NIK lain: {Describe(otherPeople, r => NikMask.Mask(r.Nik!))}.");
        }

        var holders = facts.KpjHolders[row.Kpj!].Where(h => h.Nik != row.Nik).ToList();
        if (holders.Count > 0)
        {
            problems.Add($"KPJ {row.Kpj} sudah tercatat di aplikasi untuk pekerja lain: "
                + string.Join(", ", holders.Select(h => $"{h.FullName} (NIK {NikMask.Mask(h.Nik)})")) + ".");
        }

        return problems.Count == 0 ? null : string.Join(" ", problems) + " Satu orang seharusnya hanya memiliki satu KPJ.";
    }

    private static string Describe(List<BpjsListRow> rows, Func<BpjsListRow, string> value) =>
        string.Join(", ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{value(r)} (baris {r.RowNumber})")));

    private sealed record WorkerFact(int Id, string Nik, string FullName, string? Kpj);

    private sealed record SponsorshipFact(int WorkerId, YearMonth StartMonth, YearMonth EndMonth, SponsorshipStatus Status);

    private sealed record AbsentFact(int WorkerId, string Nik, string FullName, string? Kpj, YearMonth StartMonth, YearMonth EndMonth);

    // What the registry knows about the people and numbers in the file, in five queries whatever the file size.
    private sealed record RegistryFacts(
        Dictionary<string, WorkerFact> Workers, ILookup<string, WorkerFact> KpjHolders, ILookup<int, SponsorshipFact> Sponsorships,
        HashSet<int> Sponsored, List<AbsentFact> StartedNotListed, YearMonth CurrentMonth)
    {
        public static async Task<RegistryFacts> LoadAsync(AppDbContext db, List<BpjsListRow> rows, YearMonth current, CancellationToken ct)
        {
            // EF.Parameter: one JSON parameter for the whole list instead of one SQL parameter per item.
            var niks = rows.Where(r => r.Nik is not null).Select(r => r.Nik!).Distinct().ToList();
            var workers = await db.Workers.AsNoTracking().Where(w => EF.Parameter(niks).Contains(w.Nik))
                .Select(w => new WorkerFact(w.Id, w.Nik, w.FullName, w.Kpj)).ToDictionaryAsync(w => w.Nik, StringComparer.Ordinal, ct);

            var numbers = rows.Where(r => r.Kpj is not null).Select(r => r.Kpj!).Distinct().ToList();
            var holders = (await db.Workers.AsNoTracking().Where(w => w.Kpj != null && EF.Parameter(numbers).Contains(w.Kpj))
                    .Select(w => new WorkerFact(w.Id, w.Nik, w.FullName, w.Kpj)).ToListAsync(ct))
                .ToLookup(w => w.Kpj!, StringComparer.Ordinal);

            // Sponsorships that have started and were paid (Aktif, or Berakhir after their last month).
            var ids = workers.Values.Select(w => w.Id).ToList();
            var sponsorships = (await db.Sponsorships.AsNoTracking()
                    .Where(s => EF.Parameter(ids).Contains(s.WorkerId)
                        && (s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir)
                        && s.StartMonth <= current)
                    .Select(s => new SponsorshipFact(s.WorkerId, s.StartMonth, s.EndMonth, s.Status)).ToListAsync(ct))
                .ToLookup(s => s.WorkerId);

            // Any recorded funder counts, even a sponsorship not yet paid: BPJS may register a worker when the invoice goes out.
            var sponsored = (await db.Sponsorships.AsNoTracking()
                    .Where(s => EF.Parameter(ids).Contains(s.WorkerId) && s.Status != SponsorshipStatus.Batal)
                    .Select(s => s.WorkerId).Distinct().ToListAsync(ct))
                .ToHashSet();

            // Workers the programme has paid for (a started Aktif/Berakhir sponsorship) whose NIK the file does not hold;
            // the latest such sponsorship is the one named.
            var absent = (await db.Sponsorships.AsNoTracking()
                    .Where(s => (s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir) && s.StartMonth <= current)
                    .Join(db.Workers.Where(w => !EF.Parameter(niks).Contains(w.Nik)), s => s.WorkerId, w => w.Id,
                        (s, w) => new AbsentFact(w.Id, w.Nik, w.FullName, w.Kpj, s.StartMonth, s.EndMonth))
                    .ToListAsync(ct))
                .GroupBy(a => a.WorkerId)
                .Select(g => g.MaxBy(a => a.EndMonth)!)
                .OrderBy(a => a.FullName, StringComparer.Ordinal).ThenBy(a => a.WorkerId)
                .ToList();
            return new RegistryFacts(workers, holders, sponsorships, sponsored, absent, current);
        }
    }
}
