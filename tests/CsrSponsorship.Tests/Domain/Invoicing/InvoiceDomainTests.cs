using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Tests.Domain.Invoicing;

public sealed class InvoiceDomainTests
{
    private static readonly YearMonth July2026 = new(2026, 7);
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private static readonly DateTime Now = new(2026, 6, 1, 4, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-06-01", "2026-06-10")]
    [InlineData("2026-06-10", "2026-06-10")]
    // The 10th has passed: the last day before coverage, then BPJS TK's own deadline for the month.
    [InlineData("2026-06-11", "2026-06-30")]
    [InlineData("2026-07-03", "2026-07-15")]
    public void The_default_due_date_is_the_10th_of_the_month_before_coverage_while_that_is_still_ahead(string today, string expected)
    {
        var due = Invoice.DefaultDueDate(July2026, 10, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void No_default_due_date_once_BPJS_TKs_deadline_for_the_first_month_has_passed()
    {
        var ex = Assert.Throws<DomainException>(() => Invoice.DefaultDueDate(July2026, 10, new DateOnly(2026, 7, 16)));

        // A typed date cannot rescue it either: the due date may not fall after the 15th of the first month.
        Assert.Contains("Batas bayar iuran Juli 2026 di BPJS Ketenagakerjaan (15 Juli 2026) sudah lewat", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ajukan ulang mulai bulan berikutnya", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_are_grouped_per_programme_and_rate_with_discounts_as_negative_lines()
    {
        var workers = Enumerable.Range(1, 5).Select(i => Terms(i)).ToList();

        var full = InvoiceCalculator.Calculate(DefaultRates.All, workers, applyCsrDiscount: false);
        var discounted = InvoiceCalculator.Calculate(DefaultRates.All, workers, applyCsrDiscount: true);

        Assert.Collection(full.Lines,
            l => Assert.Equal((Programme.Jkk, "JKK 1% × penghasilan Rp 1.000.000", 5, 30, 10_000L, 300_000L), (l.Programme, l.Description, l.Participants, l.Months, l.UnitAmount, l.Amount)),
            l => Assert.Equal((Programme.Jkm, "JKM Rp 6.800 per bulan", 5, 30, 6_800L, 204_000L), (l.Programme, l.Description, l.Participants, l.Months, l.UnitAmount, l.Amount)));
        Assert.Equal(504_000, full.Total);
        Assert.All(full.Workers, w => Assert.Equal(100_800, w.Amount));
        Assert.All(full.Workers, w => Assert.Equal("630102••••••0001", w.MaskedNik));

        Assert.Equal(252_000, discounted.Total);
        var discounts = discounted.Lines.Where(l => l.IsDiscount).ToList();
        Assert.Equal([-150_000L, -102_000L], discounts.Select(l => l.Amount));
        Assert.Equal("Potongan iuran JKK 50% (PP 50/2025)", discounts[0].Description);
    }

    [Theory]
    [InlineData(100, "1%")]
    [InlineData(50, "0,5%")]
    [InlineData(25, "0,25%")]
    [InlineData(5000, "50%")]
    [InlineData(200, "2%")]
    public void Rates_are_printed_as_Indonesian_percentages(int basisPoints, string expected) =>
        Assert.Equal(expected, InvoiceCalculator.Percent(basisPoints));

    [Fact]
    public void Payments_move_the_invoice_from_Terbit_through_Sebagian_dibayar_to_Lunas_and_back_on_reversal()
    {
        var invoice = Issued();
        var first = Payment.Record(0, June1, 200_000, PaymentMethod.TransferBpjs, "a1", null, "k", Now, June1);
        var second = Payment.Record(0, June1, 304_000, PaymentMethod.TransferBpjs, "a2", null, "k", Now, June1);

        Assert.False(invoice.RecordPayment(first));
        Assert.Equal(InvoiceStatus.SebagianDibayar, invoice.Status);
        Assert.True(invoice.RecordPayment(second));
        Assert.Equal(InvoiceStatus.Lunas, invoice.Status);
        Assert.Equal(0, invoice.Outstanding);
        var ex = Assert.Throws<DomainException>(() => invoice.Cancel("salah", "d", Now));
        Assert.Contains("sudah ada pembayarannya", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overpayment_names_the_outstanding_amount()
    {
        var invoice = Issued();

        var ex = Assert.Throws<DomainException>(() => invoice.RecordPayment(Payment.Record(0, June1, 504_001, PaymentMethod.VirtualAccount, "x", null, "k", Now, June1)));

        Assert.Equal("Jumlah melebihi sisa tagihan (Rp 504.000).", ex.Message);
    }

    [Fact]
    public void A_draft_cannot_be_paid_and_a_cancelled_invoice_cannot_be_issued()
    {
        var draft = Draft();
        Assert.Throws<DomainException>(() => draft.RecordPayment(Payment.Record(0, June1, 1, PaymentMethod.Lainnya, "x", null, "k", Now, June1)));
        draft.Cancel("Salah perusahaan", "d", Now);

        var ex = Assert.Throws<DomainException>(() => draft.Issue("900.1/001/Disnakerind/VI/2026", June1, Content(), Addressee, "d", Now));

        Assert.Contains("dibatalkan", ex.Message, StringComparison.Ordinal);
        Assert.All(draft.Workers, w => Assert.True(w.Released));
    }

    [Fact]
    public void Overdue_means_issued_unpaid_and_past_the_due_date()
    {
        var invoice = Issued();

        Assert.False(invoice.IsOverdue(new DateOnly(2026, 6, 10)));
        Assert.True(invoice.IsOverdue(new DateOnly(2026, 6, 11)));
        invoice.RecordPayment(Payment.Record(0, June1, 504_000, PaymentMethod.TransferBpjs, "x", null, "k", Now, June1));
        Assert.False(invoice.IsOverdue(new DateOnly(2026, 6, 11)));
    }

    [Fact]
    public void Verification_tokens_are_22_characters_of_random_base64url()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => Invoice.NewVerificationToken()).ToList();

        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{22}$", t));
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(" trx 0012 ab ", "TRX0012AB")]
    [InlineData("TRX0012AB", "TRX0012AB")]
    [InlineData("va\t8801\n23", "VA880123")]
    public void Bank_references_are_normalised(string input, string expected) =>
        Assert.Equal(expected, Payment.NormalizeReference(input));

    private static readonly DocumentAddressee Addressee = new("PT Contoh", "Jl. Contoh No. 1, Kintap", "0912345678901000");

    private static InvoiceWorkerTerms Terms(int i) =>
        new(i, i, $"Pekerja {i}", "6301020101900001", "Asam Asam", "Nelayan", 1_000_000, Sector.NonTransport, false, July2026, 6);

    private static InvoiceContent Content() => InvoiceCalculator.Calculate(DefaultRates.All, [.. Enumerable.Range(1, 5).Select(Terms)], false);

    private static Invoice Draft() => Invoice.Draft(1, Content(), new DateOnly(2026, 6, 10), null, June1, "d", Now);

    private static Invoice Issued()
    {
        var invoice = Draft();
        invoice.Issue("900.1/001/Disnakerind/VI/2026", June1, Content(), Addressee, "d", Now);
        return invoice;
    }
}
