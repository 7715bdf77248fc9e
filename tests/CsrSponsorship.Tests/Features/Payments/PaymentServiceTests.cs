using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Payments;

public sealed class PaymentServiceTests : IAsyncLifetime
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private static readonly DateOnly June5 = new(2026, 6, 5);
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private TestApp app = default!;
    private int invoiceId;

    private PaymentService Payments => app.Get<PaymentService>();

    private InvoiceService Invoices => app.Get<InvoiceService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(June1);
        invoiceId = await app.IssuedInvoiceAsync(await app.CompanyAsync("PT Pembayar"));
        app.Clock.SetWitaDate(June5);
        app.ActAsKeuangan();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_same_transfer_typed_differently_by_a_second_clerk_is_the_same_payment()
    {
        var first = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 100_000, PaymentMethod.VirtualAccount, "va 8801 2345"));
        app.ActAsKeuangan("keuangan-2");

        var second = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 100_000, PaymentMethod.VirtualAccount, "VA88012345 "));

        Assert.Equal(first.PaymentId, second.PaymentId);
        Assert.True(second.WasDuplicate);
        Assert.Equal(404_000, second.Outstanding);
    }

    [Fact]
    public async Task The_same_reference_with_a_different_amount_is_refused_rather_than_guessed()
    {
        await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 100_000, PaymentMethod.TransferBpjs, "TRX-9"));

        var ex = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(invoiceId, new PaymentInput(June5, 200_000, PaymentMethod.TransferBpjs, "TRX-9")));

        Assert.Contains("TRX-9 sudah dicatat", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overpayment_is_refused_with_the_outstanding_amount()
    {
        await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 4_000, PaymentMethod.TransferBpjs, "TRX-1"));

        var ex = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(invoiceId, new PaymentInput(June5, 600_000, PaymentMethod.TransferBpjs, "TRX-2")));

        Assert.Equal("Jumlah melebihi sisa tagihan (Rp 500.000).", ex.Message);
    }

    [Theory]
    [InlineData(0, "2026-06-05", "TRX", "lebih dari nol")]
    [InlineData(-5, "2026-06-05", "TRX", "lebih dari nol")]
    [InlineData(1_000, "2026-06-06", "TRX", "tidak boleh setelah hari ini")]
    [InlineData(1_000, "2026-06-05", "   ", "referensi bank wajib diisi")]
    public async Task Invalid_payments_are_refused_with_a_reason(long amount, string paidOn, string reference, string reason)
    {
        var date = DateOnly.Parse(paidOn, System.Globalization.CultureInfo.InvariantCulture);

        var ex = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(invoiceId, new PaymentInput(date, amount, PaymentMethod.Lainnya, reference)));

        Assert.Contains(reason, ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_partial_then_a_full_payment_settle_the_invoice_and_activate_the_sponsorships()
    {
        var partial = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 200_000, PaymentMethod.TransferBpjs, "TRX-A"));
        await using (var db = await app.DbAsync())
        {
            Assert.All(await db.Sponsorships.ToListAsync(), s => Assert.Equal(SponsorshipStatus.Ditagih, s.Status));
        }

        var full = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 304_000, PaymentMethod.TransferBpjs, "TRX-B"));

        Assert.Equal((InvoiceStatus.SebagianDibayar, 304_000L), (partial.InvoiceStatus, partial.Outstanding));
        Assert.Equal((InvoiceStatus.Lunas, 0L), (full.InvoiceStatus, full.Outstanding));
        await using var after = await app.DbAsync();
        Assert.All(await after.Sponsorships.ToListAsync(), s => Assert.Equal(SponsorshipStatus.Aktif, s.Status));
        Assert.All(await after.Workers.ToListAsync(), w => Assert.Equal(WorkerStatus.Disponsori, w.Status));
        Assert.Equal(5, await after.WorkerEvents.CountAsync(e => e.Description.Contains("lunas")));
        await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(invoiceId, new PaymentInput(June5, 1, PaymentMethod.TransferBpjs, "TRX-C")));
    }

    [Fact]
    public async Task A_reversal_keeps_both_rows_reopens_the_invoice_and_flags_the_coverage()
    {
        var wrong = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 504_000, PaymentMethod.TransferBpjs, "TRX-77"));

        var reversed = await Payments.ReverseAsync(wrong.PaymentId, "Transfer ditolak bank");
        var again = await Payments.ReverseAsync(wrong.PaymentId, "Lagi").ContinueWith(t => t.Exception?.InnerException, TaskScheduler.Default);
        var detail = await Invoices.GetAsync(invoiceId);
        var corrected = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 504_000, PaymentMethod.TransferBpjs, "TRX-77"));

        Assert.Equal((InvoiceStatus.Terbit, 504_000L, true), (reversed.InvoiceStatus, reversed.Outstanding, reversed.CoverageAheadOfPayment));
        Assert.IsType<DomainException>(again);
        Assert.True(detail.Row.CoverageAheadOfPayment);
        Assert.True(detail.CanRecordPayment);
        Assert.False(corrected.WasDuplicate);
        Assert.Equal(InvoiceStatus.Lunas, corrected.InvoiceStatus);
        await using var db = await app.DbAsync();
        var rows = await db.Payments.OrderBy(p => p.Id).ToListAsync();
        Assert.Equal([PaymentStatus.Dibatalkan, PaymentStatus.Sah], rows.Select(p => p.Status));
        Assert.Equal("Transfer ditolak bank", rows[0].ReversedReason);
        Assert.All(await db.Sponsorships.ToListAsync(), s => Assert.Equal(SponsorshipStatus.Aktif, s.Status));
        Assert.False((await Invoices.GetAsync(invoiceId)).Row.CoverageAheadOfPayment);
    }

    [Fact]
    public async Task A_proof_is_judged_by_its_content_and_size_not_its_name()
    {
        var renamed = new PaymentProofUpload("bukti.pdf", "<html><script>alert(1)</script></html>"u8.ToArray());
        var huge = new PaymentProofUpload("besar.png", [.. Png, .. new byte[PaymentProof.MaxBytes]]);
        var good = new PaymentProofUpload(@"C:\Users\kasir\Desktop\bukti transfer.png", Png);

        var wrongType = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(invoiceId, new PaymentInput(June5, 1_000, PaymentMethod.TransferBpjs, "P1", renamed)));
        var tooBig = await Assert.ThrowsAsync<DomainException>(() => Payments.RecordAsync(invoiceId, new PaymentInput(June5, 1_000, PaymentMethod.TransferBpjs, "P2", huge)));
        var saved = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 1_000, PaymentMethod.TransferBpjs, "P3", good));

        Assert.Equal("Bukti bayar harus berupa berkas PDF, JPG atau PNG.", wrongType.Message);
        Assert.Equal("Berkas bukti bayar paling besar 5 MB.", tooBig.Message);
        var file = await Payments.GetProofAsync(saved.PaymentId);
        Assert.Equal(("bukti transfer.png", "image/png"), (file.FileName, file.ContentType));
        Assert.Equal(Png, file.Content);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Payments.CountAsync());
        Assert.Equal(64, (await db.PaymentProofs.SingleAsync()).Sha256.Length);
    }

    [Fact]
    public async Task Only_Keuangan_records_payments()
    {
        app.ActAs(Roles.Disnakerind);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Payments.RecordAsync(invoiceId, new PaymentInput(June5, 1_000, PaymentMethod.TransferBpjs, "X")));
        app.ActAs(Roles.Csr, 1);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Payments.RecordAsync(invoiceId, new PaymentInput(June5, 1_000, PaymentMethod.TransferBpjs, "X")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Payments.ListAsync(new PaymentQuery()));
    }

    [Fact]
    public async Task A_receipt_gets_its_number_once_and_names_payer_amount_invoice_and_its_own_verification_link()
    {
        var paid = await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 504_000, PaymentMethod.TransferBpjs, "TRX-KW"));

        var receipt = await Payments.GetReceiptModelAsync(paid.PaymentId);
        var reprint = await Payments.GetReceiptModelAsync(paid.PaymentId);

        Assert.Equal("900.1/KW/001/Disnakerind/2026", receipt.ReceiptNumber);
        Assert.Equal(receipt, reprint);
        Assert.Equal(("PT Pembayar", 504_000L, "lima ratus empat ribu rupiah"), (receipt.PayerName, receipt.Amount, receipt.AmountInWords));
        Assert.Equal("900.1/001/Disnakerind/VI/2026", receipt.InvoiceNumber);
        Assert.Equal((June5, June5, "TRX-KW"), (receipt.ReceiptDate, receipt.PaidOn, receipt.BankReference));
        Assert.Equal(Programme.Jkk | Programme.Jkm, receipt.Programmes);
        Assert.Equal("BPJS Ketenagakerjaan Kantor Cabang Pratama Tanah Laut", receipt.PaidTo);
        Assert.StartsWith("https://csr.tanahlaut.test/verifikasi/", receipt.VerificationUrl, StringComparison.Ordinal);
        Assert.NotEqual((await Invoices.GetAsync(invoiceId)).VerificationUrl, receipt.VerificationUrl);
        Assert.False(receipt.IsReversed);
    }

    [Fact]
    public async Task The_payment_list_filters_by_date_method_and_company()
    {
        await Payments.RecordAsync(invoiceId, new PaymentInput(June1, 100_000, PaymentMethod.TransferBpjs, "A"));
        await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 200_000, PaymentMethod.VirtualAccount, "B"));

        var all = await Payments.ListAsync(new PaymentQuery());
        var fromJune2 = await Payments.ListAsync(new PaymentQuery(From: new DateOnly(2026, 6, 2)));
        var transfers = await Payments.ListAsync(new PaymentQuery(Method: PaymentMethod.TransferBpjs));
        var otherCompany = await Payments.ListAsync(new PaymentQuery(CompanyId: 9_999));

        Assert.Equal(["B", "A"], all.Items.Select(p => p.BankReference));
        Assert.Equal("PT Pembayar", all.Items[0].CompanyName);
        Assert.Equal(["B"], fromJune2.Items.Select(p => p.BankReference));
        Assert.Equal(["A"], transfers.Items.Select(p => p.BankReference));
        Assert.Empty(otherCompany.Items);
    }

    [Fact]
    public async Task The_totals_of_a_filter_are_the_export_total_row_with_valid_and_reversed_apart()
    {
        var wrong = await Payments.RecordAsync(invoiceId, new PaymentInput(June1, 100_000, PaymentMethod.TransferBpjs, "A"));
        await Payments.RecordAsync(invoiceId, new PaymentInput(June5, 200_000, PaymentMethod.VirtualAccount, "B"));
        await Payments.ReverseAsync(wrong.PaymentId, "Salah nominal");

        var all = await Payments.TotalsAsync(new PaymentQuery(Page: new PageRequest(0, 1)));
        var transfers = await Payments.TotalsAsync(new PaymentQuery(Method: PaymentMethod.TransferBpjs));

        Assert.Equal(new PaymentTotals(2, 200_000, 100_000), all);
        Assert.Equal(new PaymentTotals(1, 0, 100_000), transfers);
        Assert.Equal("2 pembayaran · Sah Rp 200.000 · Dibatalkan Rp 100.000", all.ToDisplayString());
        var export = await app.Get<ExportService>().PaymentsAsync(new PaymentQuery());
        using var workbook = new XLWorkbook(new MemoryStream(export.Content));
        var sheet = workbook.Worksheet(1);
        var total = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "JUMLAH");
        var rows = total.RowNumber() - sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Tanggal Bayar").RowNumber() - 1;
        Assert.Equal((all.Count, all.Valid, all.Reversed), (rows, total.Cell(8).GetValue<long>(), total.Cell(9).GetValue<long>()));
    }
}
