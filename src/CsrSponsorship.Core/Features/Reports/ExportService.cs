using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;

namespace CsrSponsorship.Core.Features.Reports;

// "Ekspor Excel" on the five list pages: every row matching the page's current query, not just the visible page.
// The feature services stream the rows through the same filter, access check and masking as their ListAsync.
public sealed class ExportService(
    WorkerService workers, CompanyService companies, SponsorshipService sponsorships, InvoiceService invoices, PaymentService payments,
    TimeProvider clock, Audit.AuditService audit)
{
    // A row with a masked NIK leaves Tanggal Lahir and Umur empty: the birth year is all it may show (PersonalDataPolicy).
    public async Task<RenderedDocument> WorkersAsync(WorkerQuery query, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ReportColumn[] columns =
        [
            new("NIK", ColumnKind.Code, 19), new("Nama", ColumnKind.Text, 28), new("L/P", ColumnKind.Text, 5), new("Tahun Lahir", ColumnKind.Code, 7),
            new("Tanggal Lahir", ColumnKind.Date, 13), new("Umur", ColumnKind.Count, 7, Total: false), new("Desa", ColumnKind.Text, 20), new("Kecamatan", ColumnKind.Text, 16),
            new("Pekerjaan", ColumnKind.Text, 26), new("Status", ColumnKind.Text, 14), new("Perlu Ditinjau", ColumnKind.Text, 30),
            new("Terdaftar", ColumnKind.DateTime, 16),
        ];
        return await WriteAsync("Pekerja", "Daftar Pekerja", "pekerja", columns, Rows(ct), progress, ct);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var w in workers.StreamAsync(query, token))
            {
                yield return
                [
                    w.Nik, w.FullName, w.Sex == Sex.Female ? "P" : "L", w.BirthYear.ToString(System.Globalization.CultureInfo.InvariantCulture), w.BirthDate, w.Age,
                    w.DesaName, w.KecamatanName, w.OccupationName,
                    WorkerLabels.Status(w.Status), w.ReviewReason, Wita.FromUtc(w.RegisteredAtUtc),
                ];
            }
        }
    }

    public async Task<RenderedDocument> CompaniesAsync(CompanyQuery query, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ReportColumn[] columns =
        [
            new("Nama Perusahaan", ColumnKind.Text, 36), new("NPWP", ColumnKind.Code, 20), new("Sektor", ColumnKind.Text, 24),
            new("Kecamatan Operasi", ColumnKind.Text, 30), new("Kontak", ColumnKind.Text, 24), new("Status", ColumnKind.Text, 12),
        ];
        return await WriteAsync("Perusahaan", "Daftar Perusahaan", "perusahaan", columns, Rows(ct), progress, ct);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var c in companies.StreamAsync(query, token))
            {
                yield return
                [
                    c.LegalName, c.Npwp, c.Sector.Label(), string.Join(", ", c.KecamatanNames), c.ContactName, c.IsActive ? "Aktif" : "Nonaktif",
                ];
            }
        }
    }

    public async Task<RenderedDocument> SponsorshipsAsync(SponsorshipQuery query, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ReportColumn[] columns =
        [
            new("NIK", ColumnKind.Code, 19), new("Nama", ColumnKind.Text, 28), new("Desa", ColumnKind.Text, 20), new("Kecamatan", ColumnKind.Text, 16),
            new("Perusahaan / Pendana", ColumnKind.Text, 30), new("Mulai", ColumnKind.Date, 12), new("Selesai", ColumnKind.Date, 12),
            new("Bulan", ColumnKind.Count, 8), new("JHT", ColumnKind.Text, 6), new("Perkiraan (Rp)", ColumnKind.Money, 14),
            new("Ditagihkan (Rp)", ColumnKind.Money, 14), new("Status", ColumnKind.Text, 12), new("Hasil Serah-terima", ColumnKind.Text, 20),
        ];
        return await WriteAsync("Kepesertaan", "Daftar Kepesertaan", "kepesertaan", columns, Rows(ct), progress, ct);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var s in sponsorships.StreamAsync(query, token))
            {
                yield return
                [
                    s.Nik, s.WorkerName, s.DesaName, s.KecamatanName, s.Funder, s.StartMonth.FirstDay, s.EndMonth.LastDay, s.Months,
                    s.IncludeJht ? "Ya" : "Tidak", s.InvoicedAmount is null ? s.EstimatedTotal : null, s.InvoicedAmount, SponsorshipLabels.Status(s.Status),
                    s.Outcome is { } outcome ? SponsorshipLabels.Outcome(outcome) : null,
                ];
            }
        }
    }

    // A draft or cancelled invoice bills nothing: its amount sits in its own column, so JUMLAH of "Ditagihkan" and
    // "Sisa" is money actually asked for (InvoiceTotals, the same line as above the list).
    public async Task<RenderedDocument> InvoicesAsync(InvoiceQuery query, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ReportColumn[] columns =
        [
            new("No. Tagihan", ColumnKind.Code, 24), new("Perusahaan", ColumnKind.Text, 34), new("Periode", ColumnKind.Text, 24),
            new("Tanggal Terbit", ColumnKind.Date, 13), new("Jatuh Tempo", ColumnKind.Date, 13), new("Status", ColumnKind.Text, 22),
            new("Ditagihkan (Rp)", ColumnKind.Money, 15), new("Dibayar (Rp)", ColumnKind.Money, 15), new("Sisa (Rp)", ColumnKind.Money, 15),
            new("Draf/Batal (Rp)", ColumnKind.Money, 15),
        ];
        return await WriteAsync("Tagihan", "Daftar Tagihan", "tagihan", columns, Rows(ct), progress, ct);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var i in invoices.StreamAsync(query, token))
            {
                yield return
                [
                    i.Number ?? "(draf)", i.CompanyName, i.Period.ToDisplayString(), i.IssueDate, i.DueDate, InvoiceLabels.Status(i.Status, i.IsOverdue),
                    InvoiceTotals.BilledAmount(i), i.PaidAmount, InvoiceTotals.OutstandingAmount(i), InvoiceTotals.NotBilledAmount(i),
                ];
            }
        }
    }

    // A reversed payment stays in the list but in its own column, so the total is money actually received.
    public async Task<RenderedDocument> PaymentsAsync(PaymentQuery query, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ReportColumn[] columns =
        [
            new("Tanggal Bayar", ColumnKind.Date, 13), new("No. Tagihan", ColumnKind.Code, 24), new("Perusahaan", ColumnKind.Text, 34),
            new("Metode", ColumnKind.Text, 18), new("Referensi Bank", ColumnKind.Code, 22), new("No. Kuitansi", ColumnKind.Code, 24),
            new("Status", ColumnKind.Text, 13), new("Jumlah Sah (Rp)", ColumnKind.Money, 16), new("Jumlah Dibatalkan (Rp)", ColumnKind.Money, 16),
            new("Alasan Pembatalan", ColumnKind.Text, 30),
        ];
        return await WriteAsync("Pembayaran", "Daftar Pembayaran", "pembayaran", columns, Rows(ct), progress, ct);

        async IAsyncEnumerable<object?[]> Rows([EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var p in payments.StreamAsync(query, token))
            {
                yield return
                [
                    p.PaidOn, p.InvoiceNumber, p.CompanyName, PaymentLabels.Method(p.Method), p.BankReference, p.ReceiptNumber,
                    PaymentLabels.Status(p.Status), PaymentTotals.ValidAmount(p), PaymentTotals.ReversedAmount(p),
                    p.ReversedReason,
                ];
            }
        }
    }

    private async Task<RenderedDocument> WriteAsync(
        string sheet, string title, string filePrefix, IReadOnlyList<ReportColumn> columns, IAsyncEnumerable<object?[]> rows, IProgress<int>? progress,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var definition = new ReportDefinition(sheet, title, "Sesuai filter daftar saat diekspor", "Dicetak " + IndonesianFormat.DateTime(now), columns);
        var stamp = Wita.FromUtc(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var content = await ExcelReportWriter.WriteAsync(definition, rows, progress, ct);
        // Logged after the rows were streamed, so the feature service has already checked (and named) the caller.
        await audit.RecordAsync(Audit.AuditService.Exported, sheet, "", null, ct);
        return new RenderedDocument($"{filePrefix}-{stamp}.xlsx", content);
    }
}
