using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.CircularLetters;

// Surat edaran from draft to signature: drafting (ralat and pencabutan included), four-eyes review, signing
// (number + frozen PDF), and the letter as the office and the public verification page read it. Recipients and
// responses are LetterDistributionService, the PDFs LetterDocumentService, the response report LetterFunnelService.
public sealed class CircularLetterService(
    IDbContextFactory<AppDbContext> factory,
    ICurrentUser currentUser,
    IOptions<InvoiceOptions> invoiceOptions,
    IPublicAddress publicAddress,
    IOptions<CircularLetterOptions> letterOptions,
    LetterRenderer renderer,
    TimeProvider clock)
{
    private readonly LetterAccess access = new(factory, currentUser, clock);

    public LetterContent NewFromTemplate()
    {
        var o = invoiceOptions.Value;
        return LetterTemplates.CsrAppeal(new LetterSigner(
            SignerOffice.KepalaDinas, SignerAuthority.Langsung, o.SignerPosition, null, o.SignerName, null, o.SignerRank, o.SignerNip)) with
        {
            Place = letterOptions.Value.Place,
        };
    }

    public async Task<int> CreateDraftAsync(LetterContent content, CancellationToken ct = default)
    {
        var caller = await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = CircularLetter.Draft(content, caller.UserId, caller.UserName, access.Now);
        db.CircularLetters.Add(letter);
        await db.SaveChangesAsync(ct);
        return letter.Id;
    }

    // Ralat or Pencabutan: a new draft pointing at a signed letter; the original is not touched.
    public async Task<int> CreateFollowUpAsync(int originalId, LetterKind kind, CancellationToken ct = default)
    {
        var caller = await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: two officers revoking the same letter at once cannot both pass the "only once" check.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var original = await db.CircularLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == originalId, ct) ?? throw new NotFoundException("Surat edaran");
        LetterFollowUps.EnsureAllowed(original, kind, await FollowUpsAsync(db, originalId, ct));

        var source = original.Content;
        var reference = $"Surat Edaran Nomor {original.Number} tanggal {IndonesianFormat.Date(original.LetterDate!.Value)} tentang {source.Subject}";
        var content = kind == LetterKind.Ralat
            ? source with { Subject = "Ralat atas " + reference, Attachments = source.Attachments }
            : source with
            {
                Subject = "Pencabutan " + reference,
                LatarBelakang = "",
                MaksudDanTujuan = "",
                RuangLingkup = "",
                IsiEdaran = [$"Dengan berlakunya Surat Edaran ini, {reference} dicabut dan dinyatakan tidak berlaku."],
                Attachments = [],
            };
        var letter = CircularLetter.Draft(content, caller.UserId, caller.UserName, access.Now, kind, originalId);
        db.CircularLetters.Add(letter);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return letter.Id;
    }

    public async Task UpdateDraftAsync(int id, LetterContent content, Guid version, CancellationToken ct = default)
    {
        var caller = await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await LetterAccess.LoadAsync(db, id, ct);
        if (letter.Version != version)
        {
            throw new ConcurrencyConflictException();
        }

        db.Entry(letter).Property(l => l.Version).OriginalValue = version;
        letter.Edit(content, caller.UserId, caller.UserName, access.Now);
        await db.SaveOrConflictAsync(ct);
    }

    public Task SubmitAsync(int id, CancellationToken ct = default) => access.ChangeAsync(id, (l, c) => l.Submit(c.UserId, c.UserName, access.Now), ct);

    public Task ReturnAsync(int id, string note, CancellationToken ct = default) => access.ChangeAsync(id, (l, c) => l.Return(note, c.UserId, c.UserName, access.Now), ct);

    public Task ApproveAsync(int id, string? note = null, CancellationToken ct = default) => access.ChangeAsync(id, (l, c) => l.Approve(c.UserId, c.UserName, access.Now, note), ct);

    // The number is allocated and the PDF rendered and frozen in one transaction: a failure spends no number.
    public async Task<string> SignAsync(int id, CancellationToken ct = default)
    {
        var caller = await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var letter = await LetterAccess.LoadAsync(db, id, ct);
        letter.EnsureSignable();
        var today = Wita.Today(clock);
        var number = await DocumentNumbers.AllocateAsync(db, DocumentTypes.CircularLetter, today, ct);
        var pdf = renderer.Render(letter.Content, number, today, letter.VerificationToken);
        letter.Sign(number, today, pdf, caller.UserId, caller.UserName, access.Now);
        await db.SaveOrConflictAsync(ct);
        await transaction.CommitAsync(ct);
        return number;
    }

    // Counts only, never names or NIKs: verified workers not yet sponsored, per desa of the programme area.
    public async Task<LetterAttachment> EligibleWorkersAttachmentAsync(CancellationToken ct = default)
    {
        await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await (
            from w in db.Workers.AsNoTracking()
            join d in db.Desa.AsNoTracking() on w.DesaCode equals d.Code
            join k in db.Kecamatan.AsNoTracking() on d.KecamatanCode equals k.Code
            where w.Status == WorkerStatus.Terverifikasi && db.ProgrammeArea.Any(p => p.KecamatanCode == d.KecamatanCode)
            group w by new { Desa = d.Name, Kecamatan = k.Name } into g
            select new { g.Key.Desa, g.Key.Kecamatan, Count = g.Count() }).ToListAsync(ct);
        return new LetterAttachment(
            "Jumlah pekerja rentan terverifikasi yang memenuhi syarat per desa",
            [.. rows.OrderBy(r => r.Kecamatan).ThenBy(r => r.Desa).Select(r => new AttachmentRow($"{r.Desa}, Kec. {r.Kecamatan}", r.Count))]);
    }

    public async Task<PagedResult<LetterRow>> ListAsync(LetterQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var caller = await access.RequireOfficeOrCompanyAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letters = db.CircularLetters.AsNoTracking();
        if (caller.Role == Roles.Csr)
        {
            var own = caller.RequireCompany();
            letters = letters.Where(l => l.Status == LetterStatus.Didistribusikan && l.Recipients.Any(r => r.CompanyId == own));
        }

        if (query.Status is { } status)
        {
            letters = letters.Where(l => l.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Contains(query.Search);
            letters = letters.Where(l => TextSearch.Like(l.Number, pattern) || TextSearch.Like(l.ContentJson, pattern));
        }

        var page = query.Page ?? new PageRequest();
        var total = await letters.CountAsync(ct);
        var rows = await letters.OrderByDescending(l => l.Id).Skip(page.Skip).Take(page.Take)
            .Select(l => new { l.Id, l.Kind, l.Number, l.LetterDate, l.ContentJson, l.Status, Recipients = l.Recipients.Count, l.CreatedAtUtc })
            .ToListAsync(ct);
        // A company sees its own answer beside each letter: what it already did is shown, not offered again.
        var mine = caller.Role == Roles.Csr
            ? await OwnAnswersAsync(db, [.. rows.Select(r => r.Id)], caller.RequireCompany(), ct)
            : new Dictionary<int, CompanyAnswer>();
        return new PagedResult<LetterRow>(
            [.. rows.Select(r => new LetterRow(r.Id, r.Kind, r.Number, r.LetterDate, LetterContent.FromJson(r.ContentJson).Subject, r.Status, r.Recipients, r.CreatedAtUtc,
                mine.GetValueOrDefault(r.Id)))],
            total);
    }

    private static async Task<Dictionary<int, CompanyAnswer>> OwnAnswersAsync(AppDbContext db, List<int> letterIds, int companyId, CancellationToken ct) =>
        await db.LetterRecipients.AsNoTracking()
            .Where(r => r.CompanyId == companyId && letterIds.Contains(r.LetterId))
            .Select(r => new { r.LetterId, r.AcknowledgedOn, r.PledgedWorkers, r.PledgedMonths, r.PledgedOn })
            .ToDictionaryAsync(r => r.LetterId, r => new CompanyAnswer(r.AcknowledgedOn, r.PledgedWorkers, r.PledgedMonths, r.PledgedOn), ct);

    public async Task<LetterDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var caller = await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await db.CircularLetters.AsNoTracking().Include(l => l.Events).Include(l => l.Recipients)
            .SingleOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("Surat edaran");
        var people = await PeopleNames.LoadAsync(db, [.. letter.Events.Select(e => e.UserId), letter.DraftedByUserId, letter.SignedByUserId ?? ""], ct);
        var recorded = letter.Events.GroupBy(e => e.UserId).ToDictionary(g => g.Key, g => g.First().UserName);
        string Name(string userId) => people.GetValueOrDefault(userId) ?? recorded.GetValueOrDefault(userId, "—");
        var original = letter.OriginalLetterId is { } originalId
            ? await db.CircularLetters.AsNoTracking().Where(l => l.Id == originalId).Select(l => new LetterLink(l.Id, l.Kind, l.Number, l.Status)).SingleAsync(ct)
            : null;
        var followUps = await db.CircularLetters.AsNoTracking().Where(l => l.OriginalLetterId == id).OrderBy(l => l.Id)
            .Select(l => new LetterLink(l.Id, l.Kind, l.Number, l.Status)).ToListAsync(ct);
        var companies = letter.Recipients.ToDictionary(r => r.CompanyId, r => r.CompanyName);
        var mayReview = letter.MayReview(caller.UserId);
        return new LetterDetail(
            letter.Id, letter.Kind, letter.Status, letter.Number, letter.LetterDate, letter.Content,
            Name(letter.DraftedByUserId), letter.SignedAtUtc,
            letter.SignedByUserId is null ? null : Name(letter.SignedByUserId),
            letter.UploadedPdf is not null,
            letter.Number is null ? null : publicAddress.VerificationUrl(letter.VerificationToken),
            original, followUps,
            [.. letter.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => new LetterEventView(
                e.Kind, Name(e.UserId), e.AtUtc, e.Note, e.CompanyId is { } c ? companies.GetValueOrDefault(c) : null))],
            [.. letter.Recipients.OrderBy(r => r.CompanyName).Select(r => new LetterRecipientView(
                r.CompanyId, r.CompanyName, r.SuggestedWorkers, r.SuggestedMonths, r.SentOn, r.Channel, r.AcknowledgedOn, r.PledgedWorkers, r.PledgedMonths, r.LastReminderOn))],
            letter.Version,
            CanEdit: letter.Status == LetterStatus.Draf,
            CanSubmit: letter.Status == LetterStatus.Draf,
            CanReview: letter.Status == LetterStatus.Diperiksa && mayReview,
            CanSign: letter.Status == LetterStatus.Disetujui,
            CanDistribute: letter.Status == LetterStatus.Ditandatangani,
            CanTrack: letter.Status == LetterStatus.Didistribusikan,
            CanFollowUp: LetterFollowUps.Possible(letter, [.. followUps.Select(f => (f.Kind, f.Number))]));
    }


    // For the public verification page: a signed letter found by its token, or null.
    public async Task<VerificationView?> VerifyAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        return await FindForVerificationAsync(db, token, invoiceOptions.Value.Issuer, ct);
    }

    // Shared with InvoiceService.VerifyAsync: invoices, receipts and letters print the same /verifikasi/{token} link.
    internal static async Task<VerificationView?> FindForVerificationAsync(AppDbContext db, string token, string issuer, CancellationToken ct)
    {
        var letter = await db.CircularLetters.AsNoTracking().Where(l => l.VerificationToken == token && l.Number != null)
            .Select(l => new { l.Id, l.Number, l.LetterDate, l.ContentJson }).SingleOrDefaultAsync(ct);
        if (letter is null)
        {
            return null;
        }

        var followUps = await db.CircularLetters.AsNoTracking().Where(l => l.OriginalLetterId == letter.Id && l.Number != null).Select(l => l.Kind).ToListAsync(ct);
        var status = followUps.Contains(LetterKind.Pencabutan) ? "Dicabut" : followUps.Contains(LetterKind.Ralat) ? "Sah, dengan ralat" : "Sah";
        return new VerificationView("Surat Edaran", letter.Number!, letter.LetterDate!.Value, issuer, "", 0, status)
        {
            Subject = LetterContent.FromJson(letter.ContentJson).Subject,
        };
    }

    private static async Task<IReadOnlyList<(LetterKind Kind, string? Number)>> FollowUpsAsync(AppDbContext db, int originalId, CancellationToken ct) =>
        [.. (await db.CircularLetters.AsNoTracking().Where(l => l.OriginalLetterId == originalId).OrderBy(l => l.Id)
            .Select(l => new { l.Kind, l.Number }).ToListAsync(ct)).Select(l => (l.Kind, l.Number))];
}
