using System.Globalization;
using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Reports;

// The five office reports as Excel workbooks. Rows are streamed from the database straight into the SAX writer,
// so a report of 100,000 workers never holds 100,000 entities; NIKs pass through PersonalDataPolicy exactly as
// on the screens.
public sealed class ReportService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock, AuditService audit)
{
    private static readonly string[] Office = [Roles.Keuangan, Roles.Disnakerind, Roles.Admin];

    public async Task<RenderedDocument> RekapTagihanAsync(YearMonth month, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        var today = Wita.Today(clock);
        ReportColumn[] columns =
        [
            new("No. Tagihan", ColumnKind.Code, 24), new("Perusahaan", ColumnKind.Text, 34), new("NPWP", ColumnKind.Code, 20),
            new("Periode Kepesertaan", ColumnKind.Text, 24), new("Tanggal Terbit", ColumnKind.Date, 13), new("Jatuh Tempo", ColumnKind.Date, 13),
            new("Status", ColumnKind.Text, 16), new("Ditagihkan (Rp)", ColumnKind.Money, 15), new("Dibayar (Rp)", ColumnKind.Money, 15),
            new("Sisa (Rp)", ColumnKind.Money, 15), new("Umur 0–30 hari (Rp)", ColumnKind.Money, 15), new("Umur 31–60 hari (Rp)", ColumnKind.Money, 15),
            new("Umur 61–90 hari (Rp)", ColumnKind.Money, 15), new("Umur > 90 hari (Rp)", ColumnKind.Money, 15),
        ];
        var definition = Definition("Rekap Tagihan", "Rekap Tagihan", $"Tagihan terbit {IndonesianFormat.Month(month.Year, month.Month)}; umur piutang per {IndonesianFormat.Date(today)}", columns);
        return await WriteAsync($"rekap-tagihan-{month}.xlsx", definition, Rows(ct), progress, ct);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            await using var db = await factory.CreateDbContextAsync(token);
            var first = month.FirstDay;
            var last = month.LastDay;
            var invoices =
                from i in db.Invoices.AsNoTracking()
                join c in db.Companies.AsNoTracking() on i.CompanyId equals c.Id
                where i.IssueDate >= first && i.IssueDate <= last && i.Status != InvoiceStatus.Draf && i.Status != InvoiceStatus.Batal
                orderby c.LegalName, i.IssueDate, i.Id
                select new { i.Number, c.LegalName, c.Npwp, i.PeriodStart, i.PeriodEnd, i.IssueDate, i.DueDate, i.Status, i.Total, i.PaidAmount };
            await foreach (var i in invoices.AsAsyncEnumerable().WithCancellation(token))
            {
                var outstanding = i.Total - i.PaidAmount;
                var buckets = new long[4];
                if (outstanding > 0)
                {
                    // Days past due; an invoice not yet due counts in the first bucket.
                    var days = today.DayNumber - i.DueDate.DayNumber;
                    buckets[days switch { <= 30 => 0, <= 60 => 1, <= 90 => 2, _ => 3 }] = outstanding;
                }

                yield return
                [
                    i.Number, i.LegalName, i.Npwp, new InvoicePeriod(i.PeriodStart, i.PeriodEnd).ToDisplayString(), i.IssueDate, i.DueDate,
                    InvoiceLabels.Status(i.Status, outstanding > 0 && i.DueDate < today), i.Total, i.PaidAmount, outstanding,
                    buckets[0], buckets[1], buckets[2], buckets[3],
                ];
            }
        }
    }

    public async Task<RenderedDocument> PembayaranAsync(DateOnly from, DateOnly to, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        if (to < from)
        {
            throw new DomainException("Tanggal akhir tidak boleh sebelum tanggal awal.");
        }

        ReportColumn[] columns =
        [
            new("Tanggal Bayar", ColumnKind.Date, 13), new("No. Kuitansi", ColumnKind.Code, 24), new("No. Tagihan", ColumnKind.Code, 24),
            new("Perusahaan", ColumnKind.Text, 34), new("NPWP", ColumnKind.Code, 20), new("Metode", ColumnKind.Text, 18),
            new("Referensi Bank", ColumnKind.Code, 22), new("Status", ColumnKind.Text, 13), new("Jumlah Sah (Rp)", ColumnKind.Money, 16),
            new("Jumlah Dibatalkan (Rp)", ColumnKind.Money, 16), new("Alasan Pembatalan", ColumnKind.Text, 30),
        ];
        var definition = Definition("Pembayaran", "Laporan Pembayaran", $"Periode {IndonesianFormat.Date(from)} s.d. {IndonesianFormat.Date(to)}", columns);
        var name = string.Create(CultureInfo.InvariantCulture, $"pembayaran-{from:yyyy-MM-dd}-sd-{to:yyyy-MM-dd}.xlsx");
        return await WriteAsync(name, definition, Rows(ct), progress, ct);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            await using var db = await factory.CreateDbContextAsync(token);
            var payments =
                from p in db.Payments.AsNoTracking()
                join i in db.Invoices.AsNoTracking() on p.InvoiceId equals i.Id
                join c in db.Companies.AsNoTracking() on i.CompanyId equals c.Id
                where p.PaidOn >= @from && p.PaidOn <= to
                orderby p.PaidOn, p.Id
                select new { p.PaidOn, p.ReceiptNumber, i.Number, c.LegalName, c.Npwp, p.Method, p.BankReference, p.Status, p.Amount, p.ReversedReason };
            await foreach (var p in payments.AsAsyncEnumerable().WithCancellation(token))
            {
                var valid = p.Status == PaymentStatus.Sah;
                yield return
                [
                    p.PaidOn, p.ReceiptNumber, p.Number, p.LegalName, p.Npwp, PaymentLabels.Method(p.Method), p.BankReference,
                    PaymentLabels.Status(p.Status), valid ? p.Amount : 0L, valid ? 0L : p.Amount, p.ReversedReason,
                ];
            }
        }
    }

    // Workers covered in the month by any funder except cancelled coverage. A Csr officer gets its own company's only.
    public async Task<RenderedDocument> PesertaDisponsoriAsync(YearMonth month, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require([.. Office, Roles.Csr]);
        int? companyId = caller.Role == Roles.Csr ? caller.RequireCompany() : null;
        var current = YearMonth.FromDate(Wita.Today(clock));
        ReportColumn[] columns =
        [
            new("NIK", ColumnKind.Code, 19), new("Nama", ColumnKind.Text, 28), new("No. KPJ", ColumnKind.Code, 15), new("Desa", ColumnKind.Text, 20),
            new("Kecamatan", ColumnKind.Text, 16), new("Pekerjaan", ColumnKind.Text, 24), new("Perusahaan / Pendana", ColumnKind.Text, 30),
            new("Mulai", ColumnKind.Date, 12), new("Selesai", ColumnKind.Date, 12), new("Bulan", ColumnKind.Count, 8),
            new("Perkiraan (Rp)", ColumnKind.Money, 14), new("Ditagihkan (Rp)", ColumnKind.Money, 14), new("Status", ColumnKind.Text, 12),
        ];
        var definition = Definition("Peserta Disponsori", "Peserta Disponsori", $"Bulan kepesertaan {IndonesianFormat.Month(month.Year, month.Month)}", columns);
        return await WriteAsync($"peserta-disponsori-{month}.xlsx", definition, Rows(ct), progress, ct);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            await using var db = await factory.CreateDbContextAsync(token);
            var desa = await DesaLookup.LoadAsync(db, token);
            // The amount frozen on the issued invoice, if any (decision 0130): the whole sponsorship, not only this month.
            var invoiced = await SponsorshipMoney.InvoicedAmountsAsync(db, null, companyId, token);
            var query =
                from s in db.Sponsorships.AsNoTracking()
                join w in db.Workers.AsNoTracking() on s.WorkerId equals w.Id
                join c in db.Companies.AsNoTracking() on s.CompanyId equals c.Id into companies
                from c in companies.DefaultIfEmpty()
                where s.StartMonth <= month && s.EndMonth >= month && s.Status != SponsorshipStatus.Batal
                select new
                {
                    s.CompanyId, w.Nik, w.RegisteredByUserId, w.FullName, w.Kpj, w.DesaCode, w.KecamatanCode, w.NormalizedName, w.OccupationCode,
                    w.OccupationOther, CompanyName = c == null ? null : c.LegalName, s.FunderName, s.Funding, s.StartMonth, s.EndMonth, s.Months,
                    s.Id, s.EstimatedTotal, s.Status,
                };
            if (companyId is { } own)
            {
                query = query.Where(r => r.CompanyId == own);
            }

            query = query.OrderBy(r => r.KecamatanCode).ThenBy(r => r.DesaCode).ThenBy(r => r.NormalizedName);
            await foreach (var r in query.AsAsyncEnumerable().WithCancellation(token))
            {
                var place = desa[r.DesaCode];
                var status = r.Status == SponsorshipStatus.Aktif && r.EndMonth < current ? SponsorshipStatus.Berakhir : r.Status;
                yield return
                [
                    PersonalDataPolicy.Nik(caller, r.Nik, r.RegisteredByUserId), r.FullName, r.Kpj, place.Name, place.KecamatanName,
                    WorkerService.OccupationName(r.OccupationCode, r.OccupationOther), r.CompanyName ?? r.FunderName ?? SponsorshipLabels.Funding(r.Funding),
                    r.StartMonth.FirstDay, r.EndMonth.LastDay, r.Months, invoiced.ContainsKey(r.Id) ? null : r.EstimatedTotal,
                    invoiced.TryGetValue(r.Id, out var amount) ? amount : null, SponsorshipLabels.Status(status),
                ];
            }
        }
    }

    // Per desa: the registry against coverage in the chosen month. Aktif means paid coverage (the invoice was settled
    // or coverage was granted ahead of payment); Disponsori also counts coverage still being invoiced.
    public async Task<RenderedDocument> CakupanWilayahAsync(YearMonth month, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        ReportColumn[] columns =
        [
            new("Kode Kecamatan", ColumnKind.Code, 12), new("Kecamatan", ColumnKind.Text, 18), new("Kode Desa", ColumnKind.Code, 15),
            new("Desa", ColumnKind.Text, 22), new("Terdaftar", ColumnKind.Count, 11), new("Terverifikasi", ColumnKind.Count, 12),
            new("Disponsori", ColumnKind.Count, 11), new("Aktif", ColumnKind.Count, 10), new("Mandiri", ColumnKind.Count, 10),
            new("Berhenti", ColumnKind.Count, 10), new("Rasio Cakupan", ColumnKind.Percent, 12),
        ];
        var definition = Definition("Cakupan Wilayah", "Cakupan Wilayah", $"Kepesertaan bulan {IndonesianFormat.Month(month.Year, month.Month)}", columns);
        return await WriteAsync($"cakupan-wilayah-{month}.xlsx", definition, Rows(ct), progress, ct);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            await using var db = await factory.CreateDbContextAsync(token);
            var registry = await db.Workers.AsNoTracking()
                .GroupBy(w => w.DesaCode)
                .Select(g => new
                {
                    Desa = g.Key,
                    Registered = g.Count(),
                    Verified = g.Count(w => w.VerifiedAtUtc != null),
                    Mandiri = g.Count(w => w.Status == WorkerStatus.Mandiri),
                })
                .ToDictionaryAsync(x => x.Desa, token);
            var number = month.Number;
            var coverage = await (
                    from m in db.CoverageMonths.AsNoTracking()
                    where m.Month == number
                    join s in db.Sponsorships.AsNoTracking() on m.SponsorshipId equals s.Id
                    where s.Status != SponsorshipStatus.Batal
                    join w in db.Workers.AsNoTracking() on m.WorkerId equals w.Id
                    group s by w.DesaCode into g
                    select new
                    {
                        Desa = g.Key,
                        Sponsored = g.Count(),
                        Active = g.Count(s => s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir),
                    })
                .ToDictionaryAsync(x => x.Desa, token);
            var lapsed = await (
                    from s in db.Sponsorships.AsNoTracking()
                    where s.Outcome == SponsorshipOutcome.Nonaktif
                    join w in db.Workers.AsNoTracking() on s.WorkerId equals w.Id
                    group w.Id by w.DesaCode into g
                    select new { Desa = g.Key, Count = g.Distinct().Count() })
                .ToDictionaryAsync(x => x.Desa, x => x.Count, token);
            var places = await db.Desa.AsNoTracking()
                .OrderBy(d => d.KecamatanCode).ThenBy(d => d.Code)
                .Select(d => new { d.KecamatanCode, Kecamatan = d.Kecamatan!.Name, d.Code, d.Name })
                .ToListAsync(token);
            foreach (var d in places)
            {
                var r = registry.GetValueOrDefault(d.Code);
                var c = coverage.GetValueOrDefault(d.Code);
                var registered = r?.Registered ?? 0;
                var active = c?.Active ?? 0;
                yield return
                [
                    d.KecamatanCode, d.Kecamatan, d.Code, d.Name, registered, r?.Verified ?? 0, c?.Sponsored ?? 0, active, r?.Mandiri ?? 0,
                    lapsed.GetValueOrDefault(d.Code), registered == 0 ? 0m : Math.Round((decimal)active / registered, 4),
                ];
            }
        }
    }

    // Per month of the year, from the lines of invoices issued that month (amounts are frozen at issue).
    public async Task<RenderedDocument> IuranPerProgramAsync(int year, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        ReportColumn[] columns =
        [
            new("Bulan Terbit", ColumnKind.Text, 18), new("JKK (Rp)", ColumnKind.Money, 16), new("JKM (Rp)", ColumnKind.Money, 16),
            new("JHT (Rp)", ColumnKind.Money, 16), new("Diskon (Rp)", ColumnKind.Money, 16), new("Jumlah (Rp)", ColumnKind.Money, 18),
        ];
        var definition = Definition("Iuran per Program", "Iuran per Program", string.Create(CultureInfo.InvariantCulture, $"Tagihan terbit Januari–Desember {year}"), columns);
        var name = string.Create(CultureInfo.InvariantCulture, $"iuran-per-program-{year}.xlsx");
        return await WriteAsync(name, definition, Rows(ct), progress, ct);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            await using var db = await factory.CreateDbContextAsync(token);
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            var lines = await (
                    from i in db.Invoices.AsNoTracking()
                    where i.IssueDate >= first && i.IssueDate <= last && i.Status != InvoiceStatus.Draf && i.Status != InvoiceStatus.Batal
                    from l in i.Lines
                    select new { i.IssueDate, l.Programme, l.IsDiscount, l.Amount })
                .ToListAsync(token);
            for (var m = 1; m <= 12; m++)
            {
                var inMonth = lines.Where(l => l.IssueDate!.Value.Month == m).ToList();
                long Sum(Programme programme) => inMonth.Where(l => !l.IsDiscount && l.Programme == programme).Sum(l => l.Amount);
                var discount = inMonth.Where(l => l.IsDiscount).Sum(l => l.Amount);
                yield return
                [
                    IndonesianFormat.Month(year, m), Sum(Programme.Jkk), Sum(Programme.Jkm), Sum(Programme.Jht), discount, inMonth.Sum(l => l.Amount),
                ];
            }
        }
    }

    // Every report leaves the office with personal or money data, so each one is on record (UU PDP): which report and period.
    private async Task<RenderedDocument> WriteAsync(
        string fileName, ReportDefinition definition, IAsyncEnumerable<object?[]> rows, IProgress<int>? progress, CancellationToken ct)
    {
        var content = await ExcelReportWriter.WriteAsync(definition, rows, progress, ct);
        await audit.RecordAsync(AuditService.Exported, definition.SheetName, "", definition.Period, ct);
        return new RenderedDocument(fileName, content);
    }

    private ReportDefinition Definition(string sheet, string title, string period, IReadOnlyList<ReportColumn> columns) =>
        new(sheet, title, period, "Dicetak " + IndonesianFormat.DateTime(clock.GetUtcNow().UtcDateTime), columns);
}
