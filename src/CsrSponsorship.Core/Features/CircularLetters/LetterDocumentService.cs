using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Numbering;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig.Writer;

namespace CsrSponsorship.Core.Features.CircularLetters;

// The letter as files: the official PDF (the signed scan uploaded here, else the PDF frozen at signing, else a
// draft preview), each company's copy, and every copy in one PDF for the courier.
public sealed class LetterDocumentService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, LetterRenderer renderer, TimeProvider clock)
{
    private readonly LetterAccess access = new(factory, currentUser, clock);

    public Task UploadSignedFileAsync(int id, byte[] pdf, string fileName, CancellationToken ct = default) =>
        access.ChangeAsync(id, (l, c) => l.UploadSignedFile(pdf, fileName, c.UserId, c.UserName, access.Now), ct);

    // Signed: the uploaded scan if any, else the PDF frozen at signing, byte for byte. Unsigned: a draft preview.
    public async Task<RenderedDocument> OfficialPdfAsync(int id, CancellationToken ct = default)
    {
        await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await db.CircularLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("Surat edaran");
        if (letter.UploadedPdf is { } uploaded)
        {
            return new RenderedDocument(FileName(letter, "resmi"), uploaded);
        }

        return letter.SignedPdf is { } signed
            ? new RenderedDocument(FileName(letter, null), signed)
            : new RenderedDocument($"draf-surat-edaran-{letter.Id}.pdf", renderer.Render(letter.Content, null, Wita.Today(clock), null));
    }

    // The copy addressed to one company ("Yth. Pimpinan PT …"); a company may open its own copy only.
    public async Task<RenderedDocument> CompanyCopyAsync(int id, int companyId, CancellationToken ct = default)
    {
        var caller = await access.RequireOfficeOrCompanyAsync();
        if (caller.Role == Roles.Csr && caller.RequireCompany() != companyId)
        {
            throw new NotFoundException("Surat edaran");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await db.CircularLetters.AsNoTracking().Include(l => l.Recipients).SingleOrDefaultAsync(l => l.Id == id, ct);
        var recipient = letter?.Recipients.FirstOrDefault(r => r.CompanyId == companyId);
        if (letter is null || recipient is null || !letter.IsSigned || (caller.Role == Roles.Csr && letter.Status != LetterStatus.Didistribusikan))
        {
            throw new NotFoundException("Surat edaran");
        }

        return new RenderedDocument(FileName(letter, FileNames.Part(recipient.CompanyName)), renderer.RenderCopy(letter, recipient));
    }

    // Every company's copy in one PDF, for printing and sending by courier.
    public async Task<RenderedDocument> CombinedPdfAsync(int id, CancellationToken ct = default)
    {
        await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await db.CircularLetters.AsNoTracking().Include(l => l.Recipients).SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new NotFoundException("Surat edaran");
        if (!letter.IsSigned || letter.Recipients.Count == 0)
        {
            throw new DomainException("Gabungan dicetak setelah surat ditandatangani dan penerimanya dipilih.");
        }

        var copies = letter.Recipients.OrderBy(r => r.CompanyName).Select(r => renderer.RenderCopy(letter, r)).ToList();
        return new RenderedDocument(FileName(letter, "gabungan"), PdfMerger.Merge(copies));
    }

    private static string FileName(CircularLetter letter, string? suffix) =>
        $"surat-edaran-{(letter.Number is null ? letter.Id.ToString(CultureInfo.InvariantCulture) : FileNames.Part(letter.Number))}{(suffix is null ? "" : "-" + suffix)}.pdf";
}
