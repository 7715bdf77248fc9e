using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Reports;

public sealed class ReportServiceTests : IAsyncLifetime
{
    private const string Hyperlink = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private static readonly YearMonth June2026 = new(2026, 6);
    private TestApp app = default!;
    private Core.Domain.Companies.Company company = default!;
    private int invoiceId;

    private ReportService Reports => app.Get<ReportService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(June1);
        company = await app.InsertAsync(new CompanyBuilder().Named(Hyperlink).WithNpwp("0012345678901000").OperatingIn("63.01.02.2003").Build());
        invoiceId = await app.IssuedInvoiceAsync(company, workers: 3);
        app.ActAsKeuangan();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Every_report_export_is_on_the_audit_log_with_its_period()
    {
        await Reports.RekapTagihanAsync(June2026);
        await Reports.PembayaranAsync(June1, new DateOnly(2026, 6, 30));
        await Reports.PesertaDisponsoriAsync(June2026);
        await Reports.CakupanWilayahAsync(June2026);
        await Reports.IuranPerProgramAsync(2026);

        await using var db = await app.DbAsync();
        var exports = await db.AuditEntries.Where(a => a.Action == Core.Features.Audit.AuditService.Exported)
            .OrderBy(a => a.Id).Select(a => new { a.EntityType, a.After }).ToListAsync();
        Assert.Equal(["Rekap Tagihan", "Pembayaran", "Peserta Disponsori", "Cakupan Wilayah", "Iuran per Program"], exports.Select(e => e.EntityType));
        Assert.All(exports, e => Assert.False(string.IsNullOrWhiteSpace(e.After)));
        Assert.Contains("Juni 2026", exports[0].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rekap_Tagihan_lists_the_month_s_invoices_with_aging_and_SUM_totals()
    {
        var total = (await app.Get<InvoiceService>().GetAsync(invoiceId)).Row.Total;
        await app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(June1, 10_000, PaymentMethod.TransferBpjs, "TRF-1"));
        app.Clock.SetWitaDate(new DateOnly(2026, 9, 15));

        var report = await Reports.RekapTagihanAsync(June2026);

        Assert.Equal("rekap-tagihan-2026-06.xlsx", report.FileName);
        using var workbook = Open(report);
        var sheet = workbook.Worksheet(1);
        Assert.Equal("REKAP TAGIHAN", sheet.Cell("A3").GetString());
        Assert.Equal(
            ["No. Tagihan", "Perusahaan", "NPWP", "Periode Kepesertaan", "Tanggal Terbit", "Jatuh Tempo", "Status", "Ditagihkan (Rp)", "Dibayar (Rp)",
                "Sisa (Rp)", "Umur 0–30 hari (Rp)", "Umur 31–60 hari (Rp)", "Umur 61–90 hari (Rp)", "Umur > 90 hari (Rp)"],
            sheet.Row(7).Cells(1, 14).Select(c => c.GetString()));
        var row = sheet.Row(8);
        Assert.Equal(Hyperlink, row.Cell(2).GetString());
        Assert.False(row.Cell(2).HasFormula);
        Assert.Equal(XLDataType.Text, row.Cell(3).DataType);
        Assert.Equal("0012345678901000", row.Cell(3).GetString());
        Assert.Equal(XLDataType.DateTime, row.Cell(5).DataType);
        Assert.Equal(total, row.Cell(8).GetValue<long>());
        Assert.Equal(10_000, row.Cell(9).GetValue<long>());
        Assert.Equal(total - 10_000, row.Cell(10).GetValue<long>());

        // Due date lies before coverage starts in July: on 15 September it is more than 60 days late.
        var dueDate = row.Cell(6).GetDateTime();
        var days = (new DateTime(2026, 9, 15) - dueDate).Days;
        var bucket = days switch { <= 30 => 11, <= 60 => 12, <= 90 => 13, _ => 14 };
        Assert.Equal(total - 10_000, row.Cell(bucket).GetValue<long>());
        Assert.Equal("JUMLAH", sheet.Cell("A9").GetString());
        Assert.Equal("SUM(H8:H8)", sheet.Cell("H9").FormulaA1);
        Assert.Equal("SUM(N8:N8)", sheet.Cell("N9").FormulaA1);
    }

    [Fact]
    public async Task Peserta_Disponsori_masks_the_NIK_for_Keuangan_and_keeps_it_a_text_cell()
    {
        var report = await Reports.PesertaDisponsoriAsync(new YearMonth(2026, 7));

        Assert.Equal("peserta-disponsori-2026-07.xlsx", report.FileName);
        using var workbook = Open(report);
        var sheet = workbook.Worksheet(1);
        Assert.Equal(
            ["NIK", "Nama", "No. KPJ", "Desa", "Kecamatan", "Pekerjaan", "Perusahaan / Pendana", "Mulai", "Selesai", "Bulan", "Perkiraan (Rp)", "Ditagihkan (Rp)", "Status"],
            sheet.Row(7).CellsUsed().Select(c => c.GetString()));
        var niks = Enumerable.Range(8, 3).Select(r => sheet.Cell(r, 1)).ToList();
        Assert.All(niks, c => Assert.Equal(XLDataType.Text, c.DataType));
        Assert.All(niks, c => Assert.Contains(Core.Domain.Workers.NikMask.Hidden, c.GetString(), StringComparison.Ordinal));
        Assert.Equal(Hyperlink, sheet.Cell("G8").GetString());
        Assert.Equal("SUM(K8:K10)", sheet.Cell("K11").FormulaA1);
        Assert.Equal("SUM(J8:J10)", sheet.Cell("J11").FormulaA1);
    }

    [Fact]
    public async Task Peserta_Disponsori_shows_the_full_NIK_to_Disnakerind_as_text()
    {
        app.ActAsDisnakerind();
        await using var db = await app.DbAsync();
        var niks = await db.Workers.Select(w => w.Nik).ToListAsync();

        using var workbook = Open(await Reports.PesertaDisponsoriAsync(new YearMonth(2026, 7)));

        var cell = workbook.Worksheet(1).Cell("A8");
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Contains(cell.GetString(), niks);
    }

    [Fact]
    public async Task A_Csr_officer_gets_only_its_own_company_s_workers_and_no_office_report()
    {
        var other = await app.CompanyAsync("PT Lain");
        await app.AdoptedAsync(other, workers: 2, start: new YearMonth(2026, 7));
        app.ActAsCsrOf(other);

        using var workbook = Open(await Reports.PesertaDisponsoriAsync(new YearMonth(2026, 7)));

        var sheet = workbook.Worksheet(1);
        Assert.Equal("PT Lain", sheet.Cell("G8").GetString());
        Assert.Equal("PT Lain", sheet.Cell("G9").GetString());
        Assert.Equal("JUMLAH", sheet.Cell("A10").GetString());
        await Assert.ThrowsAsync<AccessDeniedException>(() => Reports.RekapTagihanAsync(June2026));
    }

    [Fact]
    public async Task Cakupan_Wilayah_counts_the_registry_and_coverage_per_desa()
    {
        using var workbook = Open(await Reports.CakupanWilayahAsync(new YearMonth(2026, 7)));

        var sheet = workbook.Worksheet(1);
        Assert.Equal(["Kode Kecamatan", "Kecamatan", "Kode Desa", "Desa", "Terdaftar", "Terverifikasi", "Disponsori", "Aktif", "Mandiri", "Berhenti", "Rasio Cakupan"],
            sheet.Row(7).Cells(1, 11).Select(c => c.GetString()));
        var row = sheet.RowsUsed().Single(r => r.Cell(3).GetString() == "63.01.02.2003");
        Assert.Equal(XLDataType.Text, row.Cell(3).DataType);
        Assert.Equal(3, row.Cell(5).GetValue<int>());
        Assert.Equal(3, row.Cell(6).GetValue<int>());
        Assert.Equal(3, row.Cell(7).GetValue<int>());
        var last = sheet.LastRowUsed();
        Assert.Equal("JUMLAH", last.Cell(1).GetString());
        Assert.Equal($"SUM(E8:E{last.RowNumber() - 1})", last.Cell(5).FormulaA1);
        Assert.Equal(3, last.Cell(5).GetValue<int>());
    }

    [Fact]
    public async Task Iuran_per_Program_splits_the_month_s_invoices_by_programme()
    {
        var total = (await app.Get<InvoiceService>().GetAsync(invoiceId)).Row.Total;

        var report = await Reports.IuranPerProgramAsync(2026);

        Assert.Equal("iuran-per-program-2026.xlsx", report.FileName);
        using var workbook = Open(report);
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["Bulan Terbit", "JKK (Rp)", "JKM (Rp)", "JHT (Rp)", "Diskon (Rp)", "Jumlah (Rp)"], sheet.Row(7).Cells(1, 6).Select(c => c.GetString()));
        var june = sheet.Row(13);
        Assert.Equal("Juni 2026", june.Cell(1).GetString());
        Assert.True(june.Cell(2).GetValue<long>() > 0);
        Assert.True(june.Cell(3).GetValue<long>() > 0);
        Assert.Equal(total, june.Cell(6).GetValue<long>());
        Assert.Equal(total, june.Cell(2).GetValue<long>() + june.Cell(3).GetValue<long>() + june.Cell(4).GetValue<long>() + june.Cell(5).GetValue<long>());
        Assert.Equal("SUM(F8:F19)", sheet.Cell("F20").FormulaA1);
    }

    [Fact]
    public async Task Pembayaran_lists_the_payments_in_the_range()
    {
        await app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(June1, 25_000, PaymentMethod.VirtualAccount, "@VA-1"));

        var report = await Reports.PembayaranAsync(June1, new DateOnly(2026, 6, 30));

        Assert.Equal("pembayaran-2026-06-01-sd-2026-06-30.xlsx", report.FileName);
        using var workbook = Open(report);
        Assert.Equal(
            ["Tanggal Bayar", "No. Kuitansi", "No. Tagihan", "Perusahaan", "NPWP", "Metode", "Referensi Bank", "Status", "Jumlah Sah (Rp)", "Jumlah Dibatalkan (Rp)", "Alasan Pembatalan"],
            workbook.Worksheet(1).Row(7).CellsUsed().Select(c => c.GetString()));
        var row = workbook.Worksheet(1).Row(8);
        Assert.Equal(new DateTime(2026, 6, 1), row.Cell(1).GetDateTime());
        Assert.Equal("@VA-1", row.Cell(7).GetString());
        Assert.False(row.Cell(7).HasFormula);
        Assert.Equal(25_000, row.Cell(9).GetValue<long>());
        Assert.Equal("SUM(I8:I8)", workbook.Worksheet(1).Cell("I9").FormulaA1);
        Assert.Empty(workbook.Worksheet(1).Row(10).CellsUsed());
    }

    private static XLWorkbook Open(RenderedDocument document) => new(new MemoryStream(document.Content));
}
