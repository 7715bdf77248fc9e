using System.IO.Compression;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Pdf.Layout;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Features.Numbering;

namespace CsrSponsorship.Core.Features.Invoicing;

// Turns the services' prepared document models into PDFs. The services decide what is printed and who
// may see it; this class only maps their records onto the layouts.
public sealed class InvoiceDocumentService(InvoiceService invoices, TimeProvider clock)
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
            Letterhead = m.Letterhead.ToModel(),
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
            Signer = m.Signer.ToModel(m.IssuePlace, m.IssueDate.Value),
            VerificationUrl = m.VerificationUrl,
            Workers = [.. m.Workers.Select(w => new InvoicePdfWorker(w.MaskedNik, w.WorkerName, w.DesaName, w.OccupationName, w.PeriodStart, w.PeriodEnd, w.Amount))],
            Void = VoidNotice.ToStamp(m.Void),
        });
        return new RenderedDocument($"tagihan-{FileNames.Part(m.Number)}.pdf", pdf);
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
}
