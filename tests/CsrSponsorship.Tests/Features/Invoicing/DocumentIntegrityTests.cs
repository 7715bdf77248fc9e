using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Tests.Documents.Pdf;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Invoicing;

// Issued documents keep what they said when issued: addressee, number, date, status of their own (issue 14
// item 3, issue 15 items 7, 9 and 10).
public sealed class DocumentIntegrityTests : IAsyncLifetime
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private static readonly DateOnly June5 = new(2026, 6, 5);
    private static readonly DateOnly June20 = new(2026, 6, 20);
    private TestApp app = default!;

    private InvoiceService Invoices => app.Get<InvoiceService>();

    private PaymentService Payments => app.Get<PaymentService>();

    private InvoiceDocumentService Documents => app.Get<InvoiceDocumentService>();

    private ReceiptDocumentService Receipts => app.Get<ReceiptDocumentService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(June1);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_issued_invoice_and_its_receipt_keep_the_addressee_when_the_company_edits_its_profile()
    {
        var company = await app.CompanyAsync("PT Nama Lama");
        var invoiceId = await app.IssuedInvoiceAsync(company);
        app.Clock.SetWitaDate(June5);
        app.ActAsKeuangan();
        var paid = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 504_000, PaymentMethod.TransferBpjs, "TRX-LAMA"));
        var invoiceToken = (await Invoices.GetAsync(invoiceId)).VerificationUrl!.Split('/')[^1];

        app.ActAsCsrOf(company);
        var companies = app.Get<CompanyService>();
        var form = await companies.GetEditFormAsync(company.Id);
        form.Draft.LegalName = "PT Nama Baru";
        form.Draft.Address = "Jl. Alamat Baru No. 99, Pelaihari";
        form.Draft.Npwp = "0999888877776666";
        await companies.UpdateAsync(company.Id, form.Draft, form.Version);

        app.ActAsKeuangan();
        var invoice = await Invoices.GetDocumentModelAsync(invoiceId);
        var detail = await Invoices.GetAsync(invoiceId);
        var receipt = await Payments.GetReceiptModelAsync(paid.PaymentId);
        var invoicePdf = string.Join(' ', PdfTestFiles.PageTexts((await Documents.InvoicePdfAsync(invoiceId)).Content));
        app.CurrentUser.Caller = Caller.Anonymous;
        var verified = await Invoices.VerifyAsync(invoiceToken);

        Assert.Equal(("PT Nama Lama", "Jl. Contoh No. 1, Kintap", company.Npwp), (invoice.CompanyName, invoice.CompanyAddress, invoice.CompanyNpwp));
        Assert.Equal(("PT Nama Lama", "Jl. Contoh No. 1, Kintap", company.Npwp), (detail.CompanyLegalName, detail.CompanyAddress, detail.CompanyNpwp));
        Assert.Equal(("PT Nama Lama", "Jl. Contoh No. 1, Kintap", company.Npwp), (receipt.PayerName, receipt.PayerAddress, receipt.PayerNpwp));
        Assert.Equal("PT Nama Lama", verified!.CompanyName);
        Assert.Contains("PT Nama Lama", invoicePdf, StringComparison.Ordinal);
        Assert.DoesNotContain("Nama Baru", invoicePdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_is_numbered_and_dated_when_the_payment_is_recorded_without_gaps_and_keeps_its_number_when_reversed()
    {
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Kuitansi"));
        app.ActAsKeuangan();
        app.Clock.SetWitaDate(June5);
        var first = await Payments.RecordAsync(invoiceId, new PaymentInput(June1, 200_000, PaymentMethod.TransferBpjs, "TRX-1"));
        await using (var db = await app.DbAsync())
        {
            var stored = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == first.PaymentId);
            Assert.Equal(("900.1/KW/001/Disnakerind/2026", (DateOnly?)June5), (stored.ReceiptNumber, stored.ReceiptDate));
        }

        app.Clock.SetWitaDate(June20);
        await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(invoiceId, new PaymentInput(June20, 999_000, PaymentMethod.TransferBpjs, "TRX-TOO-MUCH")));
        var second = await Payments.RecordAsync(invoiceId, new PaymentInput(June20, 304_000, PaymentMethod.VirtualAccount, "TRX-2"));
        await Payments.ReverseAsync(first.PaymentId, "Transfer ditolak bank");

        var firstReceipt = await Payments.GetReceiptModelAsync(first.PaymentId);
        var secondReceipt = await Payments.GetReceiptModelAsync(second.PaymentId);

        Assert.Equal(("900.1/KW/001/Disnakerind/2026", June5, true), (firstReceipt.ReceiptNumber, firstReceipt.ReceiptDate, firstReceipt.IsReversed));
        Assert.Equal(("900.1/KW/002/Disnakerind/2026", June20, false), (secondReceipt.ReceiptNumber, secondReceipt.ReceiptDate, secondReceipt.IsReversed));
        Assert.Equal(June1, firstReceipt.PaidOn);
    }

    [Fact]
    public async Task Each_receipt_verifies_as_itself_and_a_reversed_one_as_void_without_personal_data()
    {
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Verifikasi Kuitansi"));
        app.ActAsKeuangan();
        app.Clock.SetWitaDate(June5);
        var first = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 200_000, PaymentMethod.TransferBpjs, "TRX-V1"));
        var second = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 100_000, PaymentMethod.TransferBpjs, "TRX-V2"));
        var invoiceUrl = (await Invoices.GetAsync(invoiceId)).VerificationUrl;
        var firstReceipt = await Payments.GetReceiptModelAsync(first.PaymentId);
        var secondReceipt = await Payments.GetReceiptModelAsync(second.PaymentId);
        await Payments.ReverseAsync(second.PaymentId, "Salah tagihan");
        await using var db = await app.DbAsync();
        var workers = await db.Workers.Select(w => new { w.FullName, w.Nik }).ToListAsync();
        app.CurrentUser.Caller = Caller.Anonymous;

        var valid = await Invoices.VerifyAsync(firstReceipt.VerificationUrl.Split('/')[^1]);
        var reversed = await Invoices.VerifyAsync(secondReceipt.VerificationUrl.Split('/')[^1]);

        Assert.NotEqual(invoiceUrl, firstReceipt.VerificationUrl);
        Assert.NotEqual(firstReceipt.VerificationUrl, secondReceipt.VerificationUrl);
        Assert.NotNull(valid);
        Assert.Equal((firstReceipt.ReceiptNumber, June5, 200_000L), (valid.Number, valid.IssueDate, valid.Total));
        Assert.DoesNotContain("BATAL", valid.StatusLabel, StringComparison.Ordinal);
        Assert.NotNull(reversed);
        Assert.Equal((secondReceipt.ReceiptNumber, 100_000L), (reversed.Number, reversed.Total));
        Assert.Contains("BATAL", reversed.StatusLabel, StringComparison.Ordinal);
        Assert.Contains("tidak berlaku", reversed.StatusLabel, StringComparison.Ordinal);
        foreach (var printed in new[] { valid.ToString(), reversed.ToString() })
        {
            Assert.All(workers, w => Assert.DoesNotContain(w.FullName, printed, StringComparison.Ordinal));
            Assert.All(workers, w => Assert.DoesNotContain(w.Nik[..6], printed, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_receipt_acknowledges_the_recorded_payment_names_the_programmes_paid_and_carries_no_stamp_duty()
    {
        // Twelve workers with JHT for twelve months: more than Rp 5.000.000, where a money receipt would need a meterai.
        var company = await app.CompanyAsync("PT Tiga Program");
        var adoption = await app.AdoptedAsync(company, workers: 12, months: 12, jht: true);
        app.ActAsDisnakerind();
        var draft = await Invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds));
        await Invoices.IssueAsync(draft, (await Invoices.GetAsync(draft)).Version);
        var total = (await Invoices.GetAsync(draft)).Row.Total;
        app.ActAsKeuangan();
        app.Clock.SetWitaDate(June5);
        var paid = await Payments.RecordAsync(draft, new PaymentInput(June5, total, PaymentMethod.VirtualAccount, "VA-3PROG"));

        var text = string.Join(' ', PdfTestFiles.PageTexts((await Receipts.ReceiptPdfAsync(paid.PaymentId)).Content));

        Assert.True(total > 5_000_000, $"total {total}");
        Assert.Contains("JKK, JKM dan JHT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(JKK/JKM)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Telah terima dari", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Uang sejumlah", text, StringComparison.Ordinal);
        Assert.Contains("BUKTI PENCATATAN PEMBAYARAN", text, StringComparison.Ordinal);
        Assert.Contains("langsung kepada BPJS Ketenagakerjaan", text, StringComparison.Ordinal);
        Assert.Contains("tidak menerima uang", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Meterai", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_without_JHT_names_only_JKK_and_JKM()
    {
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Dua Program"));
        app.ActAsKeuangan();
        app.Clock.SetWitaDate(June5);
        var paid = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 504_000, PaymentMethod.TransferBpjs, "TRX-2PROG"));

        var text = string.Join(' ', PdfTestFiles.PageTexts((await Receipts.ReceiptPdfAsync(paid.PaymentId)).Content));

        Assert.Contains("JKK dan JKM", text, StringComparison.Ordinal);
        Assert.DoesNotContain("JHT", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_invoice_prints_BATAL_on_every_page_and_owes_nothing_anywhere()
    {
        var company = await app.CompanyAsync("PT Dibatalkan");
        var invoiceId = await app.IssuedInvoiceAsync(company);
        var open = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Masih Berutang"), workers: 1);
        app.Clock.SetWitaDate(new DateOnly(2026, 6, 3));
        await Invoices.CancelAsync(invoiceId, "Salah perusahaan", SponsorshipsOnCancel.Cancelled, (await Invoices.GetAsync(invoiceId)).Version);

        var pages = PdfTestFiles.PageTexts((await Documents.InvoicePdfAsync(invoiceId)).Content);
        var list = await Invoices.ListAsync(new InvoiceQuery());
        var detail = await Invoices.GetAsync(invoiceId);
        app.ActAsKeuangan();
        var dashboard = await app.Get<DashboardService>().KeuanganAsync();

        Assert.True(pages.Count >= 2, "the invoice and its attachment");
        Assert.All(pages, page =>
        {
            Assert.Contains("BATAL", page, StringComparison.Ordinal);
            Assert.Contains("3 Juni 2026", page, StringComparison.Ordinal);
            Assert.Contains("Salah perusahaan", page, StringComparison.Ordinal);
        });
        Assert.Equal(0, list.Items.Single(r => r.Id == invoiceId).Outstanding);
        Assert.Equal(0, detail.Row.Outstanding);
        Assert.Equal(list.Items.Single(r => r.Id == open).Outstanding, dashboard.Outstanding);
    }

    [Fact]
    public async Task An_issued_invoice_prints_no_void_mark()
    {
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Berlaku"));

        var pages = PdfTestFiles.PageTexts((await Documents.InvoicePdfAsync(invoiceId)).Content);

        Assert.All(pages, page => Assert.DoesNotContain("BATAL", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_receipt_of_a_reversed_payment_prints_as_void_with_date_and_reason()
    {
        var invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Batal Bayar"));
        app.ActAsKeuangan();
        app.Clock.SetWitaDate(June5);
        var paid = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 504_000, PaymentMethod.TransferBpjs, "TRX-BALIK"));
        app.Clock.SetWitaDate(June20);
        await Payments.ReverseAsync(paid.PaymentId, "Transfer ditolak bank");
        app.ActAs(Roles.Csr, (await Invoices.GetAsync(invoiceId)).Row.CompanyId);

        var pages = PdfTestFiles.PageTexts((await Receipts.ReceiptPdfAsync(paid.PaymentId)).Content);

        Assert.All(pages, page =>
        {
            Assert.Contains("BATAL", page, StringComparison.Ordinal);
            Assert.Contains("20 Juni 2026", page, StringComparison.Ordinal);
            Assert.Contains("Transfer ditolak bank", page, StringComparison.Ordinal);
        });
    }
}
