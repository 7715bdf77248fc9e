using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Documents.Pdf.Layout;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Features.Numbering;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.CircularLetters;

// Maps a letter's content onto the PDF layout with the configured letterheads and paper. Signing renders through
// here once (the frozen PDF); the document service renders drafts and the per-company copies the same way.
// Public only so the services can take it from DI; it renders what it is given and reads no data.
public sealed class LetterRenderer(
    IOptions<InvoiceOptions> invoiceOptions,
    IOptions<CircularLetterOptions> letterOptions,
    IPublicAddress publicAddress,
    LetterCopyBases copyBases)
{
    public byte[] Render(LetterContent content, string? number, DateOnly date, string? token) =>
        CircularLetterPdf.Render(Model(content, number, date, token, null));

    // The copy addressed to one company: its name in "Yth." and the suggestion made to it in the Isi Edaran, stamped
    // into the letter laid out once for copies of its shape (decision 0184), so a copy costs about a millisecond.
    internal byte[] RenderCopy(LetterPrint letter, LetterRecipient recipient)
    {
        var model = CopyModel(letter, recipient);
        return CircularLetterPdf.RenderCopy(model, shape => copyBases.Get(letter, shape, () => CircularLetterPdf.PrepareCopies(model)));
    }

    // Every copy in one PDF written into `output` (the letter laid out once, each copy stamped); `copied` counts them.
    internal void WriteCopies(LetterPrint letter, IEnumerable<LetterRecipient> recipients, Stream output, Action<int>? copied = null) =>
        CircularLetterPdf.WriteCopies(recipients.Select(r => CopyModel(letter, r)), output, copied);

    private CircularLetterPdfModel CopyModel(LetterPrint letter, LetterRecipient recipient)
    {
        string? suggestion = null;
        if (recipient.SuggestedWorkers is { } workers)
        {
            var months = recipient.SuggestedMonths ?? 6;
            suggestion = string.Create(CultureInfo.InvariantCulture,
                $"Sebagai gambaran, {recipient.CompanyName} disarankan mendanai iuran bagi {IndonesianFormat.Thousands(workers)} pekerja selama {months} bulan.");
        }

        var copy = letter.Content with { Addressees = ["Pimpinan " + recipient.CompanyName] };
        return Model(copy, letter.Number, letter.LetterDate!.Value, letter.VerificationToken, suggestion);
    }

    private CircularLetterPdfModel Model(LetterContent c, string? number, DateOnly date, string? token, string? suggestion)
    {
        var o = invoiceOptions.Value;
        var lo = letterOptions.Value;
        var signer = SignerRules.Apply(c.Signer);
        return new CircularLetterPdfModel
        {
            Letterhead = c.Letterhead == LetterheadKind.Bupati
                ? new LetterheadModel(lo.BupatiLetterheadTitle, lo.BupatiLetterheadProvince, "")
                : new LetterheadModel(o.LetterheadRegency, o.LetterheadOffice, o.LetterheadAddress, o.LetterheadWebsite, o.LetterheadEmail),
            Page = string.Equals(lo.Paper, "F4", StringComparison.OrdinalIgnoreCase) ? PageSetup.F4Letter : PageSetup.A4Letter,
            Number = number,
            IsDraft = number is null,
            Addressees = c.Addressees,
            AddresseePlace = c.AddresseePlace,
            Subject = c.Subject,
            Sections =
            [
                new LetterSection("Latar Belakang", c.LatarBelakang, []),
                new LetterSection("Maksud dan Tujuan", c.MaksudDanTujuan, []),
                new LetterSection("Ruang Lingkup", c.RuangLingkup, []),
                new LetterSection("Dasar", null, c.Dasar),
                new LetterSection("Isi Edaran", null, c.IsiEdaran, suggestion),
                new LetterSection("Penutup", c.Penutup, []),
            ],
            Signer = new SignatureModel(c.Place, date, signer.Position, signer.Name, signer.Rank, signer.Nip),
            Tembusan = c.Tembusan,
            Attachments = [.. c.Attachments.Select(a => new LetterPdfAttachment(
                a.Title, "Desa", "Jumlah pekerja", [.. a.Rows.Select(r => (r.Label, r.Count))], a.Rows.Sum(r => r.Count)))],
            VerificationUrl = token is null ? null : publicAddress.VerificationUrl(token),
        };
    }
}

// What printing a signed letter needs from its row, without its recipients, events or stored files; the content is
// parsed once, not once per copy.
internal sealed record LetterPrint(int Id, LetterStatus Status, string? Number, DateOnly? LetterDate, string VerificationToken, string ContentJson)
{
    private LetterContent? content;

    public LetterContent Content => content ??= LetterContent.FromJson(ContentJson);

    public bool IsSigned => Status >= LetterStatus.Ditandatangani;

    public static LetterPrint Of(CircularLetter letter) =>
        new(letter.Id, letter.Status, letter.Number, letter.LetterDate, letter.VerificationToken, letter.ContentJson);
}
