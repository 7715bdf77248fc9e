using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Numbering;
using Microsoft.EntityFrameworkCore;

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

        // Only this company's row and the letter's own columns: a copy costs the same for 3 recipients or 1,000.
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await PrintAsync(db, id, ct);
        var recipient = await db.LetterRecipients.AsNoTracking().SingleOrDefaultAsync(r => r.LetterId == id && r.CompanyId == companyId, ct);
        if (letter is null || recipient is null || !letter.IsSigned || (caller.Role == Roles.Csr && letter.Status != LetterStatus.Didistribusikan))
        {
            throw new NotFoundException("Surat edaran");
        }

        return new RenderedDocument(FileName(letter.Id, letter.Number, FileNames.Part(recipient.CompanyName)), renderer.RenderCopy(letter, recipient));
    }

    // Every company's copy in one PDF, for printing and sending by courier, in memory (tests and small letters).
    public async Task<RenderedDocument> CombinedPdfAsync(int id, CancellationToken ct = default)
    {
        await using var file = await CombinedPdfFileAsync(id, null, ct);
        using var memory = new MemoryStream();
        await file.Content.CopyToAsync(memory, ct);
        return new RenderedDocument(file.FileName, memory.ToArray());
    }

    // The same file written to a temporary file that is deleted when the returned stream closes, so a letter to
    // 1,000 companies is never held in memory whole; `progress` hears how many copies are made so far.
    public async Task<CombinedLetterFile> CombinedPdfFileAsync(int id, IProgress<CopiesMade>? progress = null, CancellationToken ct = default)
    {
        await access.RequireOfficeAsync();
        LetterPrint letter;
        List<LetterRecipient> recipients;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            letter = await PrintAsync(db, id, ct) ?? throw new NotFoundException("Surat edaran");
            recipients = await db.LetterRecipients.AsNoTracking().Where(r => r.LetterId == id).ToListAsync(ct);
        }

        if (!letter.IsSigned || recipients.Count == 0)
        {
            throw new DomainException("Gabungan dicetak setelah surat ditandatangani dan penerimanya dipilih.");
        }

        // Sorted here, not in SQL, so both engines print the copies in the same order.
        var ordered = recipients.OrderBy(r => r.CompanyName).ToList();
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"csr-surat-gabungan-{Guid.NewGuid():N}.pdf"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            await Task.Run(() => renderer.WriteCopies(letter, ordered, file, made =>
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(new CopiesMade(made, ordered.Count));
            }), ct);
            file.Position = 0;
            return new CombinedLetterFile(FileName(letter.Id, letter.Number, "gabungan"), file);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static Task<LetterPrint?> PrintAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.CircularLetters.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new LetterPrint(l.Id, l.Status, l.Number, l.LetterDate, l.VerificationToken, l.ContentJson))
            .SingleOrDefaultAsync(ct);

    private static string FileName(CircularLetter letter, string? suffix) => FileName(letter.Id, letter.Number, suffix);

    private static string FileName(int id, string? number, string? suffix) =>
        $"surat-edaran-{(number is null ? id.ToString(CultureInfo.InvariantCulture) : FileNames.Part(number))}{(suffix is null ? "" : "-" + suffix)}.pdf";
}
