using System.IO.Compression;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Documents.Pdf.Layout;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Features.Payments;

namespace CsrSponsorship.Core.Features.Invoicing;

public sealed record RenderedDocument(string FileName, byte[] Content);

// Turns the services' prepared document models into PDFs. The services decide what is printed and who
// may see it; this class only maps their records onto the layouts.
public sealed class InvoiceDocumentService(InvoiceService invoices, PaymentService payments, TimeProvider clock)
{
    public async Task<RenderedDocument> InvoicePdfAsync(int invoiceId, CancellationToken ct = default)
    {
        var m = await invoices.GetDocumentModelAsync(invoiceId, ct);
        if (m.Number is null || m.IssueDate is null)
        {
            throw new DomainException("Draf tagihan belum memiliki nomor; terbitkan dulu sebelum mencetak.");
        }

        var pdf = InvoicePdf.Render(new InvoicePdfModel
        {
            Letterhead = Letterhead(m.Letterhead),
            Number = m.Number,
            IssueDate = m.IssueDate.Value,
            DueDate = m.DueDate,
            CompanyName = m.CompanyName,
            CompanyAddress = m.CompanyAddress,
            CompanyNpwp = m.CompanyNpwp,
            PeriodStart = m.PeriodStart,
            PeriodEnd = m.PeriodEnd,
            LetterReference = m.LetterReference,
            Lines = [.. m.Lines.Select(l => l.IsDiscount
                ? new InvoicePdfLine(l.Description, null, null, null, l.Amount)
                : new InvoicePdfLine(l.Description, l.Participants, l.Months, l.UnitAmount, l.Amount))],
            Total = m.Total,
            TotalInWords = m.TotalInWords,
            PaymentInstructions = m.PaymentInstructions,
            Signer = Signer(m.Signer, m.IssuePlace, m.IssueDate.Value),
            VerificationUrl = m.VerificationUrl,
            Workers = [.. m.Workers.Select(w => new InvoicePdfWorker(w.MaskedNik, w.WorkerName, w.DesaName, w.OccupationName, w.PeriodStart, w.PeriodEnd, w.Amount))],
            Void = Stamp(m.Void),
        });
        return new RenderedDocument($"tagihan-{FileNames.Part(m.Number)}.pdf", pdf);
    }

    // A reversed payment's receipt is printed too, marked BATAL: it may already be in the company's files.
    public async Task<RenderedDocument> ReceiptPdfAsync(int paymentId, CancellationToken ct = default)
    {
        var m = await payments.GetReceiptModelAsync(paymentId, ct);
        var pdf = ReceiptPdf.Render(new ReceiptPdfModel
        {
            Letterhead = Letterhead(m.Letterhead),
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
            Signer = Signer(m.Signer, m.IssuePlace, m.ReceiptDate),
            VerificationUrl = m.VerificationUrl,
            Void = Stamp(m.Void),
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

    // Several invoices as one zip; progress is reported per invoice because each is a separate render.
    public async Task<RenderedDocument> InvoicesZipAsync(IReadOnlyList<int> invoiceIds, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        if (invoiceIds.Count == 0)
        {
            throw new DomainException("Pilih minimal satu tagihan yang sudah terbit.");
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var done = 0;
            foreach (var id in invoiceIds.Distinct())
            {
                var document = await InvoicePdfAsync(id, ct);
                var entry = zip.CreateEntry(document.FileName, CompressionLevel.Fastest);
                await using (var stream = await entry.OpenAsync(ct))
                {
                    await stream.WriteAsync(document.Content, ct);
                }

                progress?.Report((++done, invoiceIds.Count));
            }
        }

        // Named by the office's clock (WITA), like every other date a user reads.
        var stamp = Wita.FromUtc(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return new RenderedDocument($"tagihan-{stamp}.zip", buffer.ToArray());
    }

    private static VoidStamp? Stamp(VoidNotice? notice) => notice is null ? null : new VoidStamp(notice.On, notice.Reason);

    private static LetterheadModel Letterhead(Letterhead l) => new(l.Regency, l.Office, l.Address, l.Website, l.Email);

    private static SignatureModel Signer(DocumentSigner s, string place, DateOnly date) =>
        new(place, date, [s.Position], s.Name, string.IsNullOrWhiteSpace(s.Rank) ? null : s.Rank, string.IsNullOrWhiteSpace(s.Nip) ? null : s.Nip);
}
