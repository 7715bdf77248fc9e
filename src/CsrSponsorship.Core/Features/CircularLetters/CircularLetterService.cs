using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig.Writer;

namespace CsrSponsorship.Core.Features.CircularLetters;

// Surat edaran: drafting, four-eyes review, signing (number + frozen PDF), distribution to companies, and
// the response funnel, which is read from sponsorships, invoices and payments rather than typed in.
public sealed class CircularLetterService(
    IDbContextFactory<AppDbContext> factory,
    ICurrentUser currentUser,
    IOptions<InvoiceOptions> invoiceOptions,
    IPublicAddress publicAddress,
    IOptions<CircularLetterOptions> letterOptions,
    TimeProvider clock)
{
    private static readonly string[] Office = [Roles.Disnakerind, Roles.Admin];

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
        var caller = await RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = CircularLetter.Draft(content, caller.UserId, caller.UserName, Now);
        db.CircularLetters.Add(letter);
        await db.SaveChangesAsync(ct);
        return letter.Id;
    }

    // Ralat or Pencabutan: a new draft pointing at a signed letter; the original is not touched.
    public async Task<int> CreateFollowUpAsync(int originalId, LetterKind kind, CancellationToken ct = default)
    {
        var caller = await RequireOfficeAsync();
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
        var letter = CircularLetter.Draft(content, caller.UserId, caller.UserName, Now, kind, originalId);
        db.CircularLetters.Add(letter);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return letter.Id;
    }

    public async Task UpdateDraftAsync(int id, LetterContent content, Guid version, CancellationToken ct = default)
    {
        var caller = await RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await LoadAsync(db, id, ct);
        if (letter.Version != version)
        {
            throw new ConcurrencyConflictException();
        }

        db.Entry(letter).Property(l => l.Version).OriginalValue = version;
        letter.Edit(content, caller.UserId, caller.UserName, Now);
        await db.SaveOrConflictAsync(ct);
    }

    public Task SubmitAsync(int id, CancellationToken ct = default) => ChangeAsync(id, (l, c) => l.Submit(c.UserId, c.UserName, Now), ct);

    public Task ReturnAsync(int id, string note, CancellationToken ct = default) => ChangeAsync(id, (l, c) => l.Return(note, c.UserId, c.UserName, Now), ct);

    public Task ApproveAsync(int id, string? note = null, CancellationToken ct = default) => ChangeAsync(id, (l, c) => l.Approve(c.UserId, c.UserName, Now, note), ct);

    // The number is allocated and the PDF rendered and frozen in one transaction: a failure spends no number.
    public async Task<string> SignAsync(int id, CancellationToken ct = default)
    {
        var caller = await RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var letter = await LoadAsync(db, id, ct);
        letter.EnsureSignable();
        var today = Wita.Today(clock);
        var number = await DocumentNumbers.AllocateAsync(db, DocumentTypes.CircularLetter, today, ct);
        var pdf = CircularLetterPdf.Render(PdfModel(letter.Content, number, today, letter.VerificationToken));
        letter.Sign(number, today, pdf, caller.UserId, caller.UserName, Now);
        await db.SaveOrConflictAsync(ct);
        await transaction.CommitAsync(ct);
        return number;
    }

    public Task UploadSignedFileAsync(int id, byte[] pdf, string fileName, CancellationToken ct = default) =>
        ChangeAsync(id, (l, c) => l.UploadSignedFile(pdf, fileName, c.UserId, c.UserName, Now), ct);

    public async Task<IReadOnlyList<CompanyChoice>> ListCompanyChoicesAsync(CancellationToken ct = default)
    {
        await RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var area = await ProgrammeAreaCompanyIdsAsync(db, ct);
        var companies = await db.Companies.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.LegalName)
            .Select(c => new { c.Id, c.LegalName, c.ContactPhone, c.ContactEmail }).ToListAsync(ct);
        return [.. companies.Select(c => new CompanyChoice(c.Id, c.LegalName, area.Contains(c.Id), c.ContactPhone, c.ContactEmail))];
    }

    // Default: every active company operating in a desa of the programme area (Jorong, Kintap).
    public async Task<IReadOnlyList<int>> DefaultRecipientIdsAsync(CancellationToken ct = default) =>
        [.. (await ListCompanyChoicesAsync(ct)).Where(c => c.InProgrammeArea).Select(c => c.Id)];

    public async Task SetRecipientsAsync(int id, IReadOnlyList<RecipientChoice> chosen, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var caller = await RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await LoadAsync(db, id, ct);
        var ids = chosen.Select(c => c.CompanyId).Distinct().ToList();
        var names = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.LegalName, ct);
        if (names.Count != ids.Count)
        {
            throw new NotFoundException("Perusahaan");
        }

        letter.SetRecipients(
            [.. chosen.DistinctBy(c => c.CompanyId).Select(c => (c.CompanyId, names[c.CompanyId], c.SuggestedWorkers, c.SuggestedMonths))],
            caller.UserId, caller.UserName, Now);
        await db.SaveOrConflictAsync(ct);
    }

    public Task DistributeAsync(int id, DeliveryChannel channel, DateOnly? sentOn = null, CancellationToken ct = default) =>
        ChangeAsync(id, (l, c) => l.Distribute(sentOn ?? Wita.Today(clock), channel, c.UserId, c.UserName, Now), ct);

    public Task RecordSentAsync(int id, int companyId, DateOnly sentOn, DeliveryChannel channel, CancellationToken ct = default) =>
        ChangeAsync(id, (l, c) =>
        {
            l.RecordResponse(companyId, LetterEventKind.Terkirim, $"{IndonesianFormat.Date(sentOn)}, {ChannelLabel(channel)}", c.UserId, c.UserName, Now);
            l.Recipient(companyId).MarkSent(sentOn, channel);
        }, ct);

    // The company itself (Csr) may acknowledge and pledge on its own copy; the office may record it for them.
    public Task AcknowledgeAsync(int id, int companyId, DateOnly? on = null, CancellationToken ct = default) =>
        ChangeAsync(id, (l, c) =>
        {
            var date = on ?? Wita.Today(clock);
            l.RecordResponse(companyId, LetterEventKind.Diterima, IndonesianFormat.Date(date), c.UserId, c.UserName, Now);
            l.Recipient(companyId).Acknowledge(date);
        }, ct, companyId);

    public Task PledgeAsync(int id, int companyId, int workers, int months, CancellationToken ct = default) =>
        ChangeAsync(id, (l, c) =>
        {
            l.Recipient(companyId).Pledge(workers, months, Wita.Today(clock));
            l.RecordResponse(companyId, LetterEventKind.Komitmen, $"{workers} pekerja × {months} bulan", c.UserId, c.UserName, Now);
        }, ct, companyId);

    public async Task<ReminderLinks> RemindAsync(int id, int companyId, CancellationToken ct = default)
    {
        string? number = null;
        string subject = "";
        await ChangeAsync(id, (l, c) =>
        {
            l.Recipient(companyId).Remind(Wita.Today(clock));
            l.RecordResponse(companyId, LetterEventKind.Pengingat, null, c.UserId, c.UserName, Now);
            number = l.Number;
            subject = l.Content.Subject;
        }, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == companyId, ct);
        var text = $"Yth. Pimpinan {company.LegalName}, mengingatkan Surat Edaran Nomor {number} tentang {subject}. Mohon konfirmasi penerimaan dan rencana dukungan Saudara kepada Disnakerind Kabupaten Tanah Laut. Terima kasih.";
        var phone = PhoneForWa(company.ContactPhone);
        return new ReminderLinks(
            phone is null ? null : $"https://wa.me/{phone}?text={Uri.EscapeDataString(text)}",
            company.ContactEmail is null ? null : $"mailto:{company.ContactEmail}?subject={Uri.EscapeDataString("Pengingat Surat Edaran " + number)}&body={Uri.EscapeDataString(text)}");
    }

    public async Task<PagedResult<LetterRow>> ListAsync(LetterQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var caller = await currentUser.GetAsync();
        caller.Require([.. Office, Roles.Csr]);
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
            letters = letters.Where(l => EF.Functions.Like(l.Number!, pattern, LikePattern.Escape) || EF.Functions.Like(l.ContentJson, pattern, LikePattern.Escape));
        }

        var page = query.Page ?? new PageRequest();
        var total = await letters.CountAsync(ct);
        var rows = await letters.OrderByDescending(l => l.Id).Skip(page.Skip).Take(page.Take)
            .Select(l => new { l.Id, l.Kind, l.Number, l.LetterDate, l.ContentJson, l.Status, Recipients = l.Recipients.Count, l.CreatedAtUtc })
            .ToListAsync(ct);
        return new PagedResult<LetterRow>(
            [.. rows.Select(r => new LetterRow(r.Id, r.Kind, r.Number, r.LetterDate, LetterContent.FromJson(r.ContentJson).Subject, r.Status, r.Recipients, r.CreatedAtUtc))],
            total);
    }

    public async Task<LetterDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var caller = await RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await db.CircularLetters.AsNoTracking().Include(l => l.Events).Include(l => l.Recipients)
            .SingleOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("Surat edaran");
        var userIds = letter.Events.Select(e => e.UserId).Append(letter.DraftedByUserId).Distinct().ToList();
        var names = letter.Events.GroupBy(e => e.UserId).ToDictionary(g => g.Key, g => g.First().UserName);
        var original = letter.OriginalLetterId is { } originalId
            ? await db.CircularLetters.AsNoTracking().Where(l => l.Id == originalId).Select(l => new LetterLink(l.Id, l.Kind, l.Number, l.Status)).SingleAsync(ct)
            : null;
        var followUps = await db.CircularLetters.AsNoTracking().Where(l => l.OriginalLetterId == id).OrderBy(l => l.Id)
            .Select(l => new LetterLink(l.Id, l.Kind, l.Number, l.Status)).ToListAsync(ct);
        var companies = letter.Recipients.ToDictionary(r => r.CompanyId, r => r.CompanyName);
        var mayReview = letter.MayReview(caller.UserId);
        return new LetterDetail(
            letter.Id, letter.Kind, letter.Status, letter.Number, letter.LetterDate, letter.Content,
            names.GetValueOrDefault(letter.DraftedByUserId, letter.DraftedByUserId), letter.SignedAtUtc,
            letter.SignedByUserId is null ? null : names.GetValueOrDefault(letter.SignedByUserId, letter.SignedByUserId),
            letter.UploadedPdf is not null,
            letter.Number is null ? null : publicAddress.VerificationUrl(letter.VerificationToken),
            original, followUps,
            [.. letter.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => new LetterEventView(
                e.Kind, e.UserName, e.AtUtc, e.Note, e.CompanyId is { } c ? companies.GetValueOrDefault(c) : null))],
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

    public async Task<LetterFunnel> FunnelAsync(int id, CancellationToken ct = default)
    {
        await RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await db.CircularLetters.AsNoTracking().Include(l => l.Recipients).SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new NotFoundException("Surat edaran");
        var recipients = letter.Recipients;
        var ids = recipients.Select(r => r.CompanyId).ToList();
        var adopters = new HashSet<int>();
        var invoiced = 0;
        var paid = 0;
        var covered = 0;
        if (letter.SignedAtUtc is { } signed && ids.Count > 0)
        {
            // A response is what an addressee did after the signing instant (decision 0132): the sponsorships it
            // adopted from then on, and how far those got. Activity earlier the same day, or billed later but
            // adopted before, answered something else.
            var adopted = db.Sponsorships.AsNoTracking()
                .Where(s => s.CompanyId != null && ids.Contains(s.CompanyId.Value) && s.Funding == FundingSource.Csr && s.CreatedAtUtc >= signed);
            adopters = [.. await adopted.Where(s => s.Status != SponsorshipStatus.Batal).Select(s => s.CompanyId!.Value).Distinct().ToListAsync(ct)];
            var billed =
                from s in adopted
                join b in db.InvoiceWorkers.AsNoTracking() on s.Id equals b.SponsorshipId
                join i in db.Invoices.AsNoTracking() on b.InvoiceId equals i.Id
                where !b.Released && (i.Status == InvoiceStatus.Terbit || i.Status == InvoiceStatus.SebagianDibayar || i.Status == InvoiceStatus.Lunas)
                select new { CompanyId = s.CompanyId!.Value, i.Status };
            invoiced = await billed.Select(b => b.CompanyId).Distinct().CountAsync(ct);
            paid = await billed.Where(b => b.Status == InvoiceStatus.Lunas || b.Status == InvoiceStatus.SebagianDibayar)
                .Select(b => b.CompanyId).Distinct().CountAsync(ct);
            covered = await adopted.Where(s => s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir)
                .Select(s => s.WorkerId).Distinct().CountAsync(ct);
        }

        // An adoption after the letter is an answer and a commitment even when nobody typed one in, so every stage
        // counts at least the companies of the stage after it.
        bool Responded(LetterRecipient r) => r.HasResponded || adopters.Contains(r.CompanyId);
        var contacts = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.ContactPhone, c.ContactEmail }, ct);
        return new LetterFunnel(
            recipients.Count,
            recipients.Count(Responded),
            recipients.Count(r => r.PledgedWorkers is not null || adopters.Contains(r.CompanyId)),
            invoiced,
            paid,
            covered,
            recipients.Sum(r => r.PledgedWorkers ?? 0),
            [.. recipients.Where(r => !Responded(r)).OrderBy(r => r.CompanyName).Select(r => new FunnelCompany(
                r.CompanyId, r.CompanyName, contacts.GetValueOrDefault(r.CompanyId)?.ContactPhone, contacts.GetValueOrDefault(r.CompanyId)?.ContactEmail, r.LastReminderOn))])
        {
            CountedFromUtc = letter.SignedAtUtc,
        };
    }

    // Counts only, never names or NIKs: verified workers not yet sponsored, per desa of the programme area.
    public async Task<LetterAttachment> EligibleWorkersAttachmentAsync(CancellationToken ct = default)
    {
        await RequireOfficeAsync();
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

    // Signed: the uploaded scan if any, else the PDF frozen at signing, byte for byte. Unsigned: a draft preview.
    public async Task<RenderedDocument> OfficialPdfAsync(int id, CancellationToken ct = default)
    {
        await RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await db.CircularLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("Surat edaran");
        if (letter.UploadedPdf is { } uploaded)
        {
            return new RenderedDocument(FileName(letter, "resmi"), uploaded);
        }

        return letter.SignedPdf is { } signed
            ? new RenderedDocument(FileName(letter, null), signed)
            : new RenderedDocument($"draf-surat-edaran-{letter.Id}.pdf", CircularLetterPdf.Render(PdfModel(letter.Content, null, Wita.Today(clock), null)));
    }

    // The copy addressed to one company ("Yth. Pimpinan PT …"); a company may open its own copy only.
    public async Task<RenderedDocument> CompanyCopyAsync(int id, int companyId, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require([.. Office, Roles.Csr]);
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

        return new RenderedDocument(FileName(letter, FileNames.Part(recipient.CompanyName)), RenderCopy(letter, recipient));
    }

    // Every company's copy in one PDF, for printing and sending by courier.
    public async Task<RenderedDocument> CombinedPdfAsync(int id, CancellationToken ct = default)
    {
        await RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await db.CircularLetters.AsNoTracking().Include(l => l.Recipients).SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new NotFoundException("Surat edaran");
        if (!letter.IsSigned || letter.Recipients.Count == 0)
        {
            throw new DomainException("Gabungan dicetak setelah surat ditandatangani dan penerimanya dipilih.");
        }

        var copies = letter.Recipients.OrderBy(r => r.CompanyName).Select(r => RenderCopy(letter, r)).ToList();
        return new RenderedDocument(FileName(letter, "gabungan"), PdfMerger.Merge(copies));
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

    public static string ChannelLabel(DeliveryChannel channel) => channel switch
    {
        DeliveryChannel.Email => "E-mail",
        DeliveryChannel.WhatsApp => "WhatsApp",
        _ => "Kurir",
    };

    private byte[] RenderCopy(CircularLetter letter, LetterRecipient recipient)
    {
        var content = letter.Content;
        var items = content.IsiEdaran.ToList();
        if (recipient.SuggestedWorkers is { } workers)
        {
            var months = recipient.SuggestedMonths ?? 6;
            items.Add(string.Create(CultureInfo.InvariantCulture,
                $"Sebagai gambaran, {recipient.CompanyName} disarankan mendanai iuran bagi {IndonesianFormat.Thousands(workers)} pekerja selama {months} bulan."));
        }

        var copy = content with { Addressees = ["Pimpinan " + recipient.CompanyName], IsiEdaran = items };
        return CircularLetterPdf.Render(PdfModel(copy, letter.Number, letter.LetterDate!.Value, letter.VerificationToken));
    }

    private CircularLetterPdfModel PdfModel(LetterContent c, string? number, DateOnly date, string? token)
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
                new LetterSection("Isi Edaran", null, c.IsiEdaran),
                new LetterSection("Penutup", c.Penutup, []),
            ],
            Signer = new SignatureModel(c.Place, date, signer.Position, signer.Name, signer.Rank, signer.Nip),
            Tembusan = c.Tembusan,
            Attachments = [.. c.Attachments.Select(a => new LetterPdfAttachment(
                a.Title, "Desa", "Jumlah pekerja", [.. a.Rows.Select(r => (r.Label, r.Count))], a.Rows.Sum(r => r.Count)))],
            VerificationUrl = token is null ? null : publicAddress.VerificationUrl(token),
        };
    }

    private async Task ChangeAsync(int id, Action<CircularLetter, Caller> change, CancellationToken ct, int? ownCompanyAllowed = null)
    {
        var caller = await currentUser.GetAsync();
        var asCompany = ownCompanyAllowed is { } company && caller.Role == Roles.Csr;
        if (asCompany && caller.RequireCompany() != ownCompanyAllowed)
        {
            // Like every other id from another company: it does not exist for this caller.
            throw new NotFoundException("Surat edaran");
        }

        if (!asCompany)
        {
            caller.Require(Office);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await LoadAsync(db, id, ct);
        if (asCompany && letter.Status != LetterStatus.Didistribusikan)
        {
            throw new NotFoundException("Surat edaran");
        }

        change(letter, caller);
        await db.SaveOrConflictAsync(ct);
    }

    private async Task<Caller> RequireOfficeAsync()
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Office);
        return caller;
    }

    // With the history: the four-eyes check reads who edited the draft from it.
    private static async Task<CircularLetter> LoadAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.CircularLetters.Include(l => l.Recipients).Include(l => l.Events).SingleOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("Surat edaran");

    private static async Task<IReadOnlyList<(LetterKind Kind, string? Number)>> FollowUpsAsync(AppDbContext db, int originalId, CancellationToken ct) =>
        [.. (await db.CircularLetters.AsNoTracking().Where(l => l.OriginalLetterId == originalId).OrderBy(l => l.Id)
            .Select(l => new { l.Kind, l.Number }).ToListAsync(ct)).Select(l => (l.Kind, l.Number))];

    private static async Task<HashSet<int>> ProgrammeAreaCompanyIdsAsync(AppDbContext db, CancellationToken ct)
    {
        var kecamatan = await db.ProgrammeArea.AsNoTracking().Select(p => p.KecamatanCode).ToListAsync(ct);
        var desa = await db.Desa.AsNoTracking().Where(d => kecamatan.Contains(d.KecamatanCode)).Select(d => d.Code).ToListAsync(ct);
        var ids = await db.Companies.AsNoTracking().Where(c => c.IsActive && c.OperatingDesa.Any(d => desa.Contains(d.DesaCode))).Select(c => c.Id).ToListAsync(ct);
        return [.. ids];
    }

    private static string? PhoneForWa(string? phone)
    {
        var digits = string.Concat((phone ?? "").Where(char.IsAsciiDigit));
        if (digits.Length < 8)
        {
            return null;
        }

        return digits.StartsWith('0') ? "62" + digits[1..] : digits;
    }

    private static string FileName(CircularLetter letter, string? suffix) =>
        $"surat-edaran-{(letter.Number is null ? letter.Id.ToString(CultureInfo.InvariantCulture) : FileNames.Part(letter.Number))}{(suffix is null ? "" : "-" + suffix)}.pdf";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
