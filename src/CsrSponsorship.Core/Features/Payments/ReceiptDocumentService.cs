using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Features.Numbering;

namespace CsrSponsorship.Core.Features.Payments;

// Turns the receipt model PaymentService prepares (and checks the caller for) into the PDF; receipts belong to
// payments, so invoicing never has to reach into this area to print one.
public sealed class ReceiptDocumentService(PaymentService payments)
{
    // A reversed payment's receipt is printed too, marked BATAL: it may already be in the company's files.
    public async Task<RenderedDocument> ReceiptPdfAsync(int paymentId, CancellationToken ct = default)
    {
        var m = await payments.GetReceiptModelAsync(paymentId, ct);
        var pdf = ReceiptPdf.Render(new ReceiptPdfModel
        {
            Letterhead = m.Letterhead.ToModel(),
            ReceiptNumber = m.ReceiptNumber,
            PaidOn = m.PaidOn,
            Recorder = m.Issuer,
            PayerName = m.PayerName,
            PayerAddress = m.PayerAddress,
            PayerNpwp = m.PayerNpwp,
            Amount = m.Amount,
            AmountInWords = m.AmountInWords,
            Purpose = $"Iuran program {ProgrammeList(m.Programmes)} periode {DocumentText.Period(m.PeriodStart, m.PeriodEnd)} " +
                $"sesuai Tagihan Nomor {m.InvoiceNumber} tanggal {IndonesianFormat.Date(m.InvoiceIssueDate)}",
            PaidTo = m.PaidTo,
            MethodText = m.MethodLabel,
            BankReference = m.BankReference,
            Signer = m.Signer.ToModel(m.IssuePlace, m.ReceiptDate),
            VerificationUrl = m.VerificationUrl,
            Void = VoidNotice.ToStamp(m.Void),
        });
        return new RenderedDocument($"bukti-bayar-{FileNames.Part(m.ReceiptNumber)}.pdf", pdf);
    }

    // "JKK dan JKM", "JKK, JKM dan JHT": what the invoice actually billed.
    internal static string ProgrammeList(Programme programmes)
    {
        var names = new[] { (Programme.Jkk, "JKK"), (Programme.Jkm, "JKM"), (Programme.Jht, "JHT") }
            .Where(p => programmes.HasFlag(p.Item1)).Select(p => p.Item2).ToList();
        return names.Count switch
        {
            0 => "BPJS Ketenagakerjaan",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " dan " + names[^1],
        };
    }
}
