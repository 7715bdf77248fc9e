using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Contributions;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Numbering;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Invoicing;

public sealed class InvoiceService(
    IDbContextFactory<AppDbContext> factory,
    ICurrentUser currentUser,
    IOptions<InvoiceOptions> options,
    IPublicAddress publicAddress,
    TimeProvider clock)
{
    private static readonly string[] Issuers = [Roles.Disnakerind, Roles.Admin];
    private static readonly string[] OfficeReaders = [Roles.Disnakerind, Roles.Admin, Roles.Keuangan];

    private InvoiceOptions Options => options.Value;

    // Sponsorships of a company still waiting for an invoice, for picking a batch or a selection.
    public async Task<IReadOnlyList<BillableSponsorship>> ListBillableAsync(int companyId, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Issuers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await Billable(db, companyId)
            .Join(db.Workers.AsNoTracking(), s => s.WorkerId, w => w.Id, (s, w) => new { S = s, w.FullName, w.Nik })
            .OrderBy(x => x.S.CreatedAtUtc).ThenBy(x => x.FullName)
            .ToListAsync(ct);
        return [.. rows.Select(x => new BillableSponsorship(
            x.S.Id, x.S.BatchId, x.S.WorkerId, x.FullName, NikMask.Mask(x.Nik), x.S.StartMonth, x.S.EndMonth, x.S.Months, x.S.IncludeJht,
            x.S.EstimatedTotal, x.S.CreatedAtUtc))];
    }

    public async Task<int> CreateDraftAsync(InvoiceDraftRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = await currentUser.GetAsync();
        caller.Require(Issuers);
        await using var db = await factory.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: the "not on another live invoice" check and the insert see the same database.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (invoice, _) = await DraftAsync(db, caller, request.CompanyId, request.SponsorshipIds, request.DueDate, request.LetterReference, ct);
        db.Invoices.Add(invoice);
        await SaveAsync(db, ct, addsWorkers: true);
        await transaction.CommitAsync(ct);
        return invoice.Id;
    }

    public async Task UpdateDraftAsync(int id, DateOnly dueDate, string? letterReference, Guid version, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Issuers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var invoice = await LoadForChangeAsync(db, id, version, ct);
        invoice.ChangeTerms(dueDate, letterReference, Wita.Today(clock));
        await SaveAsync(db, ct);
    }

    // Allocates the number and freezes the amounts in one transaction: either the invoice is issued
    // with its number, its locked rates and its sponsorships marked Ditagih, or nothing happened.
    public async Task<string> IssueAsync(int invoiceId, Guid version, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Issuers);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invoice = await LoadForChangeAsync(db, invoiceId, version, ct);
        var ids = invoice.Workers.Select(w => w.SponsorshipId).ToList();
        var sponsorships = await db.Sponsorships.Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        await IssueAsync(db, caller, invoice, sponsorships, ct);
        await SaveAsync(db, ct);
        await transaction.CommitAsync(ct);
        return invoice.Number!;
    }

    // "Tagih semua": every Diajukan sponsorship of the company not yet on an invoice, as ONE invoice.
    public async Task<int> IssueAllForCompanyAsync(int companyId, DateOnly? dueDate, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Issuers);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = await Billable(db, companyId).Select(s => s.Id).ToListAsync(ct);
        if (ids.Count == 0)
        {
            throw new DomainException("Tidak ada kepesertaan berstatus Diajukan yang belum ditagihkan untuk perusahaan ini.");
        }

        var (invoice, sponsorships) = await DraftAsync(db, caller, companyId, ids, dueDate, null, ct);
        db.Invoices.Add(invoice);
        await IssueAsync(db, caller, invoice, sponsorships, ct);
        await SaveAsync(db, ct, addsWorkers: true);
        await transaction.CommitAsync(ct);
        return invoice.Id;
    }

    // The officer says what becomes of an issued invoice's sponsorships (decision 0190); a draft never billed them,
    // so they stay Diajukan and only BackToDiajukan is accepted. The choice is written to the audit log.
    public async Task CancelAsync(int id, string reason, SponsorshipsOnCancel sponsorships, Guid version, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Issuers);
        if (!Enum.IsDefined(sponsorships))
        {
            throw new DomainException("Pilih apa yang terjadi dengan kepesertaannya: kembali Diajukan atau ikut dibatalkan.");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invoice = await LoadForChangeAsync(db, id, version, ct);
        if (invoice.Status == InvoiceStatus.Draf && sponsorships == SponsorshipsOnCancel.Cancelled)
        {
            throw new DomainException("Draf belum menagih kepesertaannya, sehingga kepesertaan tetap berstatus Diajukan. Batalkan kepesertaan dari halaman Kepesertaan bila memang tidak jadi.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var wasIssued = invoice.Cancel(reason, caller.UserId, now);
        var ids = invoice.Workers.Select(w => w.SponsorshipId).ToList();
        if (wasIssued)
        {
            var billed = await db.Sponsorships.Include(s => s.Coverage).Where(s => ids.Contains(s.Id)).ToListAsync(ct);
            var note = $"Tagihan {invoice.Number} dibatalkan: {invoice.CancelReason}";
            foreach (var sponsorship in billed)
            {
                if (sponsorships == SponsorshipsOnCancel.Cancelled)
                {
                    sponsorship.CancelWithInvoice(note.Length > 300 ? note[..300] : note);
                }
                else
                {
                    sponsorship.ReturnFromCancelledInvoice();
                }
            }
        }

        db.AuditEntries.Add(AuditEntry.Event(now, caller.Actor, AuditActions.InvoiceCancelled, nameof(Invoice), id,
            new CancelRecord(invoice.Number, wasIssued, wasIssued && sponsorships == SponsorshipsOnCancel.Cancelled ? "Batal" : "Diajukan", ids)));
        await SaveAsync(db, ct);
        await transaction.CommitAsync(ct);
    }

    private sealed record CancelRecord(string? Number, bool WasIssued, string SponsorshipsBecome, IReadOnlyList<int> SponsorshipIds);

    // A worker leaves a draft: its sponsorship (still Diajukan) can be billed again; the rest is priced afresh.
    public async Task RemoveDraftWorkerAsync(int id, int sponsorshipId, Guid version, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Issuers);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invoice = await LoadForChangeAsync(db, id, version, ct);
        var leaving = invoice.EnsureWorkerRemovable(sponsorshipId);
        var keptIds = invoice.Workers.Where(w => w.SponsorshipId != sponsorshipId).Select(w => w.SponsorshipId).ToList();
        var kept = await db.Sponsorships.AsNoTracking().Where(s => keptIds.Contains(s.Id)).ToListAsync(ct);
        invoice.RemoveWorker(sponsorshipId, await PriceAsync(db, kept, ct));
        db.AuditEntries.Add(AuditEntry.Event(clock.GetUtcNow().UtcDateTime, caller.Actor, AuditActions.InvoiceWorkerRemoved, nameof(Invoice), id,
            new { leaving.SponsorshipId, leaving.WorkerId, leaving.WorkerName, RemainingWorkers = keptIds.Count, RemainingTotal = invoice.Total }));
        await SaveAsync(db, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<PagedResult<InvoiceRow>> ListAsync(InvoiceQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var caller = await currentUser.GetAsync();
        caller.Require([.. OfficeReaders, Roles.Csr]);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Wita.Today(clock);
        var rows = InvoiceViews.Filter(db, query, caller, today);
        var page = query.Page ?? new PageRequest();
        // Newest first by id; after the last row of the page before (keyset) rather than skipping every row before it.
        var ordered = (query.AfterId is { } after ? rows.Where(r => r.I.Id < after) : rows).OrderByDescending(r => r.I.Id);
        var items = await ordered.Skip(query.AfterId is null ? page.Skip : 0).Take(page.Take).ToListAsync(ct);
        return await ListCounting.PageAsync(rows, [.. items.Select(r => InvoiceViews.ToRow(r.I, r.CompanyName, today))], ct);
    }

    // Every matching invoice for the Excel export, in list order.
    public async IAsyncEnumerable<InvoiceRow> StreamAsync(InvoiceQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var caller = await currentUser.GetAsync();
        caller.Require([.. OfficeReaders, Roles.Csr]);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Wita.Today(clock);
        await foreach (var r in InvoiceViews.Filter(db, query, caller, today).OrderByDescending(r => r.I.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return InvoiceViews.ToRow(r.I, r.CompanyName, today);
        }
    }

    // Summed over the very rows the export streams, so the line above the list and the file's JUMLAH agree.
    public async Task<InvoiceTotals> TotalsAsync(InvoiceQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var totals = InvoiceTotals.None;
        await foreach (var row in StreamAsync(query with { Page = null }, ct))
        {
            totals = totals.Add(row);
        }

        return totals;
    }


    public async Task<InvoiceDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var (invoice, company) = await LoadForReadingAsync(db, caller, id, ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.InvoiceId == id).OrderBy(p => p.RecordedAtUtc).ThenBy(p => p.Id)
            .Select(p => new PaymentView(p.Id, p.PaidOn, p.Amount, p.Method, p.BankReference, p.Status, p.ReceiptNumber, p.ProofId != null,
                p.RecordedAtUtc, p.ReversedReason, p.ReversedAtUtc))
            .ToListAsync(ct);
        var today = Wita.Today(clock);
        var issuer = caller.IsAny(Issuers);
        var addressee = AddresseeOf(invoice, company);
        return new InvoiceDetail(
            InvoiceViews.ToRow(invoice, company.LegalName, today), addressee.Name, addressee.Address, addressee.Npwp, invoice.LetterReference, invoice.CancelReason,
            invoice.CreatedAtUtc, invoice.IssuedAtUtc, invoice.CancelledAtUtc,
            invoice.Number is null ? null : publicAddress.VerificationUrl(invoice.VerificationToken), Terbilang.Rupiah(invoice.Total),
            InvoiceViews.Lines(invoice), InvoiceViews.Workers(invoice), payments, invoice.Version,
            CanEditTerms: issuer && invoice.Status == InvoiceStatus.Draf,
            CanIssue: issuer && invoice.Status == InvoiceStatus.Draf,
            CanCancel: issuer && invoice.Status is InvoiceStatus.Draf or InvoiceStatus.Terbit && invoice.PaidAmount == 0 && invoice.CoverageActivatedAtUtc is null,
            CanRecordPayment: caller.IsAny(Roles.Keuangan) && invoice.Status is InvoiceStatus.Terbit or InvoiceStatus.SebagianDibayar);
    }

    public async Task<InvoiceDocumentModel> GetDocumentModelAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var (invoice, company) = await LoadForReadingAsync(db, caller, id, ct);
        var o = Options;
        var addressee = AddresseeOf(invoice, company);
        var cancelled = invoice.CancelledAtUtc is { } at ? new VoidNotice(DateOnly.FromDateTime(Wita.FromUtc(at)), invoice.CancelReason ?? "") : null;
        return new InvoiceDocumentModel(
            invoice.Number, invoice.Status, invoice.IssueDate, invoice.DueDate, o.IssuePlace,
            addressee.Name, addressee.Address, addressee.Npwp, invoice.PeriodStart, invoice.PeriodEnd, invoice.LetterReference,
            InvoiceViews.Lines(invoice), invoice.Total, Terbilang.Rupiah(invoice.Total), o.PaymentInstructions, Signer(o), Letterhead(o),
            publicAddress.VerificationUrl(invoice.VerificationToken), InvoiceViews.Workers(invoice), cancelled);
    }

    // Issued: as frozen at issue. A draft has not been sent anywhere yet and follows the company profile.
    private static DocumentAddressee AddresseeOf(Invoice invoice, Domain.Companies.Company company) =>
        invoice.Addressee ?? DocumentAddressee.Of(company);

    // Public: anyone holding the printed link may ask. Unknown tokens and unissued drafts look the same.
    public async Task<VerificationView?> VerifyAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var found = await InvoiceViews.Rows(db).Where(r => r.I.VerificationToken == token && r.I.Number != null)
            .Select(r => new { r.I.Number, r.I.IssueDate, r.I.Total, r.I.Status, r.I.DueDate, r.I.CancelledAtUtc, Addressee = r.I.AddresseeName ?? r.CompanyName })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return await PaymentService.FindForVerificationAsync(db, token, Options.Issuer, ct)
                ?? await CircularLetters.CircularLetterService.FindForVerificationAsync(db, token, Options.Issuer, ct);
        }

        var overdue = found.Status is InvoiceStatus.Terbit or InvoiceStatus.SebagianDibayar && Wita.Today(clock) > found.DueDate;
        var status = found.CancelledAtUtc is { } at
            ? $"BATAL – dibatalkan tanggal {IndonesianFormat.Date(DateOnly.FromDateTime(Wita.FromUtc(at)))}; tagihan ini tidak berlaku"
            : InvoiceLabels.Status(found.Status, overdue);
        return new VerificationView("Tagihan", found.Number!, found.IssueDate!.Value, Options.Issuer, found.Addressee, found.Total, status)
        {
            IsVoid = found.Status == InvoiceStatus.Batal,
        };
    }

    internal static DocumentSigner Signer(InvoiceOptions o) => o.Signer();

    internal static Letterhead Letterhead(InvoiceOptions o) => o.Letterhead();

    private static IQueryable<Domain.Sponsorships.Sponsorship> Billable(AppDbContext db, int companyId) =>
        db.Sponsorships.AsNoTracking().Where(s =>
            s.CompanyId == companyId
            && s.Status == SponsorshipStatus.Diajukan
            && !db.InvoiceWorkers.Any(w => w.SponsorshipId == s.Id && !w.Released));

    private async Task<(Invoice Invoice, List<Domain.Sponsorships.Sponsorship> Sponsorships)> DraftAsync(
        AppDbContext db, Caller caller, int companyId, IReadOnlyList<int> sponsorshipIds, DateOnly? dueDate, string? letterReference, CancellationToken ct)
    {
        var ids = (sponsorshipIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            throw new DomainException("Pilih minimal satu kepesertaan untuk ditagihkan.");
        }

        if (!await db.Companies.AnyAsync(c => c.Id == companyId, ct))
        {
            throw new NotFoundException("Perusahaan");
        }

        var sponsorships = await db.Sponsorships.Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        if (sponsorships.Count != ids.Count)
        {
            throw new NotFoundException("Kepesertaan");
        }

        if (sponsorships.Any(s => s.CompanyId != companyId))
        {
            throw new DomainException("Satu tagihan hanya untuk kepesertaan satu perusahaan; sebagian kepesertaan yang dipilih milik pihak lain.");
        }

        await RequireAllDiajukanAsync(db, sponsorships, ct);
        var billed = await db.InvoiceWorkers.AsNoTracking()
            .Where(w => ids.Contains(w.SponsorshipId) && !w.Released)
            .Select(w => w.WorkerName).Distinct().OrderBy(n => n).ToListAsync(ct);
        if (billed.Count > 0)
        {
            throw new DomainException("Kepesertaan berikut sudah masuk tagihan lain (draf atau terbit): " + string.Join(", ", billed) + ".");
        }

        var content = await PriceAsync(db, sponsorships, ct);
        var today = Wita.Today(clock);
        var firstMonth = content.Workers.Min(w => w.PeriodStart);
        var due = dueDate ?? Invoice.DefaultDueDate(firstMonth, Options.DueDayOfPreviousMonth, today);
        return (Invoice.Draft(companyId, content, due, letterReference, today, caller.UserId, clock.GetUtcNow().UtcDateTime), sponsorships);
    }

    private async Task IssueAsync(AppDbContext db, Caller caller, Invoice invoice, List<Domain.Sponsorships.Sponsorship> sponsorships, CancellationToken ct)
    {
        var today = Wita.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        // Refuse before a number is spent (a rollback would return it anyway, but the message comes first).
        invoice.EnsureIssuable(today);
        await RequireAllDiajukanAsync(db, sponsorships, ct);
        var content = await PriceAsync(db, sponsorships, ct);
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == invoice.CompanyId, ct);
        var number = await DocumentNumbers.AllocateAsync(db, DocumentTypes.Invoice, today, ct);
        invoice.Issue(number, today, content, DocumentAddressee.Of(company), caller.UserId, now);
        foreach (var sponsorship in sponsorships)
        {
            sponsorship.MarkInvoiced();
        }

        // The rate versions behind frozen amounts may no longer be edited (RateVersionRecord.Change).
        var rates = await db.RateVersions.Where(r => content.RateVersionIds.Contains(r.Id)).ToListAsync(ct);
        foreach (var rate in rates)
        {
            rate.Lock(now);
        }
    }

    private static async Task RequireAllDiajukanAsync(AppDbContext db, List<Domain.Sponsorships.Sponsorship> sponsorships, CancellationToken ct)
    {
        var notPending = sponsorships.Where(s => s.Status != SponsorshipStatus.Diajukan).Select(s => s.WorkerId).ToList();
        if (notPending.Count == 0)
        {
            return;
        }

        var names = await db.Workers.AsNoTracking().Where(w => notPending.Contains(w.Id)).OrderBy(w => w.NormalizedName).Select(w => w.FullName).ToListAsync(ct);
        throw new DomainException("Hanya kepesertaan berstatus Diajukan yang dapat ditagihkan. Tidak lagi berstatus Diajukan: " + string.Join(", ", names)
            + ". Batalkan draf ini lalu buat draf baru tanpa mereka.");
    }

    internal static async Task<InvoiceContent> PriceAsync(AppDbContext db, IReadOnlyList<Domain.Sponsorships.Sponsorship> sponsorships, CancellationToken ct)
    {
        var workerIds = sponsorships.Select(s => s.WorkerId).Distinct().ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id))
            .Select(w => new { w.Id, w.FullName, w.Nik, w.DesaCode, w.OccupationCode, w.OccupationOther, w.DeclaredIncome })
            .ToDictionaryAsync(w => w.Id, ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        var rates = await RateService.LoadAsync(db, ct);
        var applyDiscount = await RateService.ReadCsrDiscountAsync(db, ct);
        var terms = sponsorships.OrderBy(s => workers[s.WorkerId].FullName, StringComparer.Ordinal).ThenBy(s => s.StartMonth).Select(s =>
        {
            var w = workers[s.WorkerId];
            return new InvoiceWorkerTerms(
                s.Id, w.Id, w.FullName, w.Nik, desa.TryGetValue(w.DesaCode, out var d) ? d.Name : w.DesaCode,
                WorkerService.OccupationName(w.OccupationCode, w.OccupationOther), w.DeclaredIncome,
                Occupations.Find(w.OccupationCode)?.Sector ?? Sector.NonTransport, s.IncludeJht, s.StartMonth, s.Months);
        }).ToList();
        return InvoiceCalculator.Calculate(rates, terms, applyDiscount);
    }

    private static async Task<Invoice> LoadForChangeAsync(AppDbContext db, int id, Guid version, CancellationToken ct)
    {
        var invoice = await db.Invoices.Include(i => i.Lines).Include(i => i.Workers).SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("Tagihan");
        // Read inside the write lock, so a mismatch here is final; the token in the UPDATE is the backstop.
        if (invoice.Version != version)
        {
            throw new ConcurrencyConflictException();
        }

        db.Entry(invoice).Property(i => i.Version).OriginalValue = version;
        return invoice;
    }

    private static async Task<(Invoice Invoice, Domain.Companies.Company Company)> LoadForReadingAsync(AppDbContext db, Caller caller, int id, CancellationToken ct)
    {
        caller.Require([.. OfficeReaders, Roles.Csr]);
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Lines).Include(i => i.Workers).SingleOrDefaultAsync(i => i.Id == id, ct);
        // A company sees its own issued invoices only; anything else does not exist for it.
        if (invoice is null || (caller.Role == Roles.Csr && (invoice.CompanyId != caller.RequireCompany() || invoice.Status == InvoiceStatus.Draf)))
        {
            throw new NotFoundException("Tagihan");
        }

        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == invoice.CompanyId, ct);
        return (invoice, company);
    }


    private static async Task SaveAsync(AppDbContext db, CancellationToken ct, bool addsWorkers = false)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
        catch (DbUpdateException ex) when (addsWorkers && DatabaseErrors.IsUniqueViolation(ex))
        {
            // The live-invoice unique index: the check above lost a race it should not be able to lose.
            throw new DomainException("Sebagian kepesertaan baru saja dimasukkan ke tagihan lain. Muat ulang lalu ulangi.");
        }
    }
}