using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Reports;

// "Ekspor Excel" on the list pages: the page's query, every matching row, masked as on screen.
public sealed class ExportServiceTests : IAsyncLifetime
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private TestApp app = default!;
    private int invoiceId;

    private ExportService Exports => app.Get<ExportService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(June1);
        invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Ekspor Satu"), workers: 2);
        await app.InsertAsync(new CompanyBuilder().Named("+CV Rumus").Build());
        app.ActAsKeuangan();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_workers_export_holds_every_matching_row_not_just_the_page_and_masks_NIK_for_Keuangan()
    {
        await app.VerifiedWorkersAsync(28);
        var query = new WorkerQuery(KecamatanCode: "63.01.02", Page: new PageRequest(0, 25));
        var screen = await app.Get<WorkerService>().SearchAsync(query);

        var export = await Exports.WorkersAsync(query);

        using var workbook = Open(export);
        var sheet = workbook.Worksheet(1);
        Assert.StartsWith("pekerja-2026-06-01", export.FileName, StringComparison.Ordinal);
        Assert.Equal(30, screen.TotalCount);
        Assert.Equal(["NIK", "Nama", "L/P", "Tahun Lahir", "Tanggal Lahir", "Umur", "Desa", "Kecamatan", "Pekerjaan", "Status", "Perlu Ditinjau", "Terdaftar"], Headers(sheet));
        Assert.Equal("JUMLAH", sheet.Cell(8 + 30, 1).GetString());
        Assert.Equal(screen.Items.Select(w => w.Nik), Enumerable.Range(8, 25).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.All(Enumerable.Range(8, 30), r =>
        {
            Assert.Equal(XLDataType.Text, sheet.Cell(r, 1).DataType);
            Assert.Contains(NikMask.Hidden, sheet.Cell(r, 1).GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_companies_export_applies_the_search_and_neutralises_formula_like_names()
    {
        var export = await Exports.CompaniesAsync(new CompanyQuery(Search: "rumus"));

        using var workbook = Open(export);
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["Nama Perusahaan", "NPWP", "Sektor", "Kecamatan Operasi", "Kontak", "Status"], Headers(sheet));
        Assert.Equal(XLDataType.Text, sheet.Cell("B8").DataType);
        Assert.Equal("+CV Rumus", sheet.Cell("A8").GetString());
        Assert.False(sheet.Cell("A8").HasFormula);
        Assert.True(sheet.Cell("A8").Style.IncludeQuotePrefix);
        Assert.Equal("JUMLAH", sheet.Cell("A9").GetString());
    }

    [Fact]
    public async Task The_sponsorship_invoice_and_payment_exports_carry_totals()
    {
        await app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(June1, 30_000, PaymentMethod.TransferBpjs, "-TRF-9"));
        var invoice = (await app.Get<InvoiceService>().GetAsync(invoiceId)).Row;

        using var sponsorships = Open(await Exports.SponsorshipsAsync(new SponsorshipQuery(Page: new PageRequest(0, 1))));
        using var invoices = Open(await Exports.InvoicesAsync(new InvoiceQuery(Status: InvoiceStatus.SebagianDibayar)));
        using var payments = Open(await Exports.PaymentsAsync(new PaymentQuery(From: June1, To: June1)));

        var s = sponsorships.Worksheet(1);
        Assert.Equal(["NIK", "Nama", "Desa", "Kecamatan", "Perusahaan / Pendana", "Mulai", "Selesai", "Bulan", "JHT", "Perkiraan (Rp)", "Ditagihkan (Rp)", "Status", "Hasil Serah-terima"], Headers(s));
        Assert.Equal("JUMLAH", s.Cell("A10").GetString());
        Assert.Equal("SUM(J8:J9)", s.Cell("J10").FormulaA1);
        Assert.Contains(NikMask.Hidden, s.Cell("A8").GetString(), StringComparison.Ordinal);

        var i = invoices.Worksheet(1);
        Assert.Equal(["No. Tagihan", "Perusahaan", "Periode", "Tanggal Terbit", "Jatuh Tempo", "Status", "Ditagihkan (Rp)", "Dibayar (Rp)", "Sisa (Rp)", "Draf/Batal (Rp)"], Headers(i));
        Assert.Equal(invoice.Number, i.Cell("A8").GetString());
        Assert.Equal(invoice.Outstanding, i.Cell("I8").GetValue<long>());
        Assert.Equal("SUM(G8:G8)", i.Cell("G9").FormulaA1);

        var p = payments.Worksheet(1);
        Assert.Equal(
            ["Tanggal Bayar", "No. Tagihan", "Perusahaan", "Metode", "Referensi Bank", "No. Kuitansi", "Status", "Jumlah Sah (Rp)", "Jumlah Dibatalkan (Rp)", "Alasan Pembatalan"],
            Headers(p));
        Assert.Equal("-TRF-9", p.Cell("E8").GetString());
        Assert.False(p.Cell("E8").HasFormula);
        Assert.Equal(30_000, p.Cell("H8").GetValue<long>());
        Assert.Equal("SUM(H8:H8)", p.Cell("H9").FormulaA1);
    }

    [Fact]
    public async Task A_Csr_officer_cannot_export_the_payment_list()
    {
        app.ActAs(Roles.Csr, companyId: 1);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Exports.PaymentsAsync(new PaymentQuery()));
    }

    private static string[] Headers(IXLWorksheet sheet) => [.. sheet.Row(7).CellsUsed().Select(c => c.GetString())];

    private static XLWorkbook Open(RenderedDocument document) => new(new MemoryStream(document.Content));
}
