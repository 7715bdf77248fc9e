using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Payments;

public sealed class PaymentService(
    IDbContextFactory<AppDbContext> factory,
    ICurrentUser currentUser,
    IOptions<InvoiceOptions> options,
    IPublicAddress publicAddress,
    TimeProvider clock)
{
    private static readonly string[] Readers = [Roles.Keuangan, Roles.Disnakerind, Roles.Admin];

    // Idempotent per (invoice, normalised bank reference): a double click, a retried request or a
    // second clerk entering the same transfer all get the one payment back with WasDuplicate = true.
    public async Task<PaymentRecorded> RecordAsync(int invoiceId, PaymentInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Keuangan);
        var reference = Payment.NormalizeReference(input.BankReference);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Wita.Today(clock);
        // Checked before anything is read; made again for each attempt, as a failed save may have given it an id.
        _ = input.Proof is null ? null : PaymentProof.From(input.Proof.FileName, input.Proof.Content, now);
        var recording = new Recording(invoiceId, input, reference, caller.UserId, now, today);

        // First with everything read before the write turn, so the turn holds only the numbering and the save; a refusal
        // on that state is given only after the same reads inside the turn, as one writer alone.
        return await TryRecordAsync(recording, readInsideTurn: false, ct)
            ?? await TryRecordAsync(recording, readInsideTurn: true, ct)
            ?? throw new ConcurrencyConflictException();
    }

    private sealed record Recording(int InvoiceId, PaymentInput Input, string Reference, string UserId, DateTime Now, DateOnly Today);

    // Null when the payment was refused on what was read before the turn (decision 0213). Every guarantee is kept by the
    // turn: the UPDATE of the invoice matches its Version, so a payment, reversal or cancellation committed since the read
    // makes the save fail; EF rolls that save back to its savepoint, and the payment is read again and saved inside the
    // same turn with the receipt number already allocated (no gap, no second wait). A same-reference payment changed the
    // Version too, and the unique index on (invoice, reference) is the backstop.
    private async Task<PaymentRecorded?> TryRecordAsync(Recording r, bool readInsideTurn, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE on SQLite, the writer lock on PostgreSQL: parallel submissions queue here.
        var transaction = readInsideTurn ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var (invoice, payment, answer) = await PrepareAsync(db, r, ct);
            if (answer is not null)
            {
                return answer;
            }

            var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == invoice.CompanyId, ct);
            var template = await DocumentNumbers.TemplateAsync(db, DocumentTypes.Receipt, ct);

            transaction ??= await db.Database.BeginTransactionAsync(ct);
            // The receipt is numbered and dated now, in this transaction, like an invoice at issue: the serial
            // commits or rolls back with the payment, so receipt numbers have no gaps and follow recording order.
            var receipt = new Receipt(await DocumentNumbers.AllocateAsync(db, template, r.Today, ct), DocumentAddressee.Of(company));
            try
            {
                return await SaveAsync(db, transaction, r, invoice, payment!, receipt, ct);
            }
            catch (DbUpdateConcurrencyException) when (!readInsideTurn)
            {
                db.ChangeTracker.Clear();
                (invoice, payment, answer) = await PrepareAsync(db, r, ct);
                return answer ?? await SaveAsync(db, transaction, r, invoice, payment!, receipt, ct);
            }
        }
        catch (DomainException) when (transaction is null)
        {
            // Refused on what was read before the turn (two reads, no common snapshot: e.g. no duplicate yet, then the
            // invoice already paid by it): the answer is given on the state read inside the turn.
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private sealed record Receipt(string Number, DocumentAddressee Payer);

    // The invoice (tracked) and the new payment checked against it, or the answer to a duplicate.
    private static async Task<(Invoice Invoice, Payment? Payment, PaymentRecorded? Answer)> PrepareAsync(AppDbContext db, Recording r, CancellationToken ct)
    {
        // The duplicate first: the invoice read after it is at least as new as the payment found, so a duplicate is
        // answered with the invoice as that payment left it (or later), never an older state.
        var existing = await FindValidAsync(db, r.InvoiceId, r.Reference, ct);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == r.InvoiceId, ct) ?? throw new NotFoundException("Tagihan");
        if (existing is not null)
        {
            return (invoice, null, Duplicate(existing, r.Input, invoice.Status, invoice.Outstanding));
        }

        var proof = r.Input.Proof is null ? null : PaymentProof.From(r.Input.Proof.FileName, r.Input.Proof.Content, r.Now);
        var payment = Payment.Record(r.InvoiceId, r.Input.PaidOn, r.Input.Amount, r.Input.Method, r.Reference, proof, r.UserId, r.Now, r.Today);
        invoice.RecordPayment(payment);
        return (invoice, payment, null);
    }

    private async Task<PaymentRecorded> SaveAsync(
        AppDbContext db, IDbContextTransaction transaction, Recording r, Invoice invoice, Payment payment, Receipt receipt, CancellationToken ct)
    {
        payment.IssueReceipt(receipt.Number, r.Today, receipt.Payer);
        db.Payments.Add(payment);
        if (invoice.Status == InvoiceStatus.Lunas)
        {
            await ActivateCoverageAsync(db, invoice, r.UserId, r.Now, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            await transaction.RollbackAsync(ct);
            await using var fresh = await factory.CreateDbContextAsync(ct);
            var winner = await FindValidAsync(fresh, r.InvoiceId, r.Reference, ct) ?? throw new ConcurrencyConflictException();
            var state = await fresh.Invoices.AsNoTracking().Where(i => i.Id == r.InvoiceId).Select(i => new { i.Status, i.Total, i.PaidAmount }).SingleAsync(ct);
            return Duplicate(winner, r.Input, state.Status, state.Total - state.PaidAmount);
        }

        return new PaymentRecorded(payment.Id, invoice.Status, invoice.Outstanding, WasDuplicate: false);
    }

    // The payment stays, marked Dibatalkan with the reason; the invoice reopens. Sponsorships already
    // made Aktif by a full payment stay Aktif: the months were reported to the workers and often to
    // BPJS TK already, and switching protection off silently is worse than a visible debt. The invoice
    // carries CoverageAheadOfPayment until it is settled again, and lists/detail show it.
    public async Task<PaymentReversed> ReverseAsync(int paymentId, string reason, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Keuangan);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == paymentId, ct) ?? throw new NotFoundException("Pembayaran");
        var invoice = await db.Invoices.SingleAsync(i => i.Id == payment.InvoiceId, ct);
        invoice.ReversePayment(payment, reason, caller.UserId, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }

        return new PaymentReversed(invoice.Id, invoice.Status, invoice.Outstanding, invoice.CoverageAheadOfPayment);
    }

    public async Task<PagedResult<PaymentRow>> ListAsync(PaymentQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        (await currentUser.GetAsync()).Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var page = query.Page ?? new PageRequest();
        // After the last row of the page before (keyset), the page walks IX_Payments_PaidOn_Id from there.
        var items = await Filter(db, query, query.After).Skip(query.After is null ? page.Skip : 0).Take(page.Take).ToListAsync(ct);
        // Counted without the list order: the capped count of the ordered rows walked the date index and looked up every
        // row's invoice in that order, 27-34 ms at 1M workers (22,000 payments) against 3 ms unordered.
        return await ListCounting.PageAsync(Filter(db, query, inListOrder: false), items, ct);
    }

    // Every matching payment for the Excel export, in list order.
    public async IAsyncEnumerable<PaymentRow> StreamAsync(PaymentQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        (await currentUser.GetAsync()).Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        await foreach (var row in Filter(db, query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    // Summed over the very rows the export streams, not a second query that could drift from it.
    public async Task<PaymentTotals> TotalsAsync(PaymentQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var totals = PaymentTotals.None;
        await foreach (var row in StreamAsync(query with { Page = null }, ct))
        {
            totals = totals.Add(row);
        }

        return totals;
    }

    private static IQueryable<PaymentRow> Filter(AppDbContext db, PaymentQuery query, PaymentCursor? after = null, bool inListOrder = true)
    {
        var rows =
            from p in db.Payments.AsNoTracking()
            join i in db.Invoices.AsNoTracking() on p.InvoiceId equals i.Id
            join c in db.Companies.AsNoTracking() on i.CompanyId equals c.Id
            select new { P = p, i.Number, i.CompanyId, c.LegalName };
        if (query.From is { } from)
        {
            rows = rows.Where(r => r.P.PaidOn >= from);
        }

        if (query.To is { } to)
        {
            rows = rows.Where(r => r.P.PaidOn <= to);
        }

        if (query.Method is { } method)
        {
            rows = rows.Where(r => r.P.Method == method);
        }

        if (query.CompanyId is { } companyId)
        {
            rows = rows.Where(r => r.CompanyId == companyId);
        }

        if (after is not null)
        {
            rows = rows.Where(r => r.P.PaidOn <= after.PaidOn && (r.P.PaidOn < after.PaidOn || r.P.Id < after.Id));
        }

        return (inListOrder ? rows.OrderByDescending(r => r.P.PaidOn).ThenByDescending(r => r.P.Id) : rows)
            .Select(r => new PaymentRow(
                r.P.Id, r.P.InvoiceId, r.Number, r.CompanyId, r.LegalName, r.P.PaidOn, r.P.Amount, r.P.Method, r.P.BankReference, r.P.Status,
                r.P.ReceiptNumber, r.P.ProofId != null, r.P.RecordedAtUtc, r.P.ReversedReason));
    }

    public async Task<PaymentProofFile> GetProofAsync(int paymentId, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var proof = await db.Payments.AsNoTracking().Where(p => p.Id == paymentId && p.Proof != null)
            .Select(p => new PaymentProofFile(p.Proof!.FileName, p.Proof.ContentType, p.Proof.Bytes))
            .SingleOrDefaultAsync(ct);
        return proof ?? throw new NotFoundException("Bukti bayar");
    }

    // Read-only: the receipt got its number, date and payer when the payment was recorded. A reversed
    // payment's receipt is still produced, marked void, so what was handed out can be checked.
    public async Task<ReceiptDocumentModel> GetReceiptModelAsync(int paymentId, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require([.. Readers, Roles.Csr]);
        await using var db = await factory.CreateDbContextAsync(ct);
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId, ct);
        var invoice = payment is null ? null : await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == payment.InvoiceId, ct);
        if (payment is null || invoice is null || (caller.Role == Roles.Csr && invoice.CompanyId != caller.RequireCompany()))
        {
            throw new NotFoundException("Pembayaran");
        }

        if (payment.ReceiptNumber is null || payment.Payer is not { } payer)
        {
            throw new DomainException("Pembayaran ini belum memiliki bukti pencatatan bernomor. Hubungi Admin.");
        }

        var o = options.Value;
        var programmes = invoice.Lines.Where(l => !l.IsDiscount && l.Amount > 0).Aggregate(Programme.None, (all, l) => all | l.Programme);
        return new ReceiptDocumentModel(
            payment.ReceiptNumber, payment.ReceiptDate!.Value, o.IssuePlace, o.Issuer, payer.Name, payer.Address, payer.Npwp,
            payment.Amount, Terbilang.Rupiah(payment.Amount), invoice.Number!, invoice.IssueDate!.Value, invoice.PeriodStart, invoice.PeriodEnd, programmes,
            payment.PaidOn, payment.Method, PaymentLabels.Method(payment.Method), payment.BankReference, o.PaymentRecipient,
            o.Signer(), o.Letterhead(), publicAddress.VerificationUrl(payment.ReceiptVerificationToken), VoidOf(payment));
    }

    // For the public verification page (InvoiceService.VerifyAsync): the receipt's own number, date, amount and
    // status; the payer is the company as frozen on the receipt, never a worker.
    internal static async Task<VerificationView?> FindForVerificationAsync(AppDbContext db, string token, string issuer, CancellationToken ct)
    {
        var found = await (
            from p in db.Payments.AsNoTracking()
            join i in db.Invoices.AsNoTracking() on p.InvoiceId equals i.Id
            where p.ReceiptVerificationToken == token && p.ReceiptNumber != null
            select new { p.ReceiptNumber, p.ReceiptDate, p.Amount, p.Status, p.ReversedAtUtc, p.PayerName, InvoiceNumber = i.Number })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var reversedOn = found.ReversedAtUtc is { } at ? DateOnly.FromDateTime(Wita.FromUtc(at)) : (DateOnly?)null;
        return new VerificationView(
            PaymentLabels.ReceiptTitle, found.ReceiptNumber!, found.ReceiptDate!.Value, issuer, found.PayerName ?? "", found.Amount,
            PaymentLabels.ReceiptStatus(found.Status, reversedOn))
        {
            AmountLabel = "Jumlah dibayar",
            Reference = "Tagihan " + found.InvoiceNumber,
            IsVoid = found.Status == PaymentStatus.Dibatalkan,
        };
    }

    private static VoidNotice? VoidOf(Payment payment) => payment.Status == PaymentStatus.Dibatalkan
        ? new VoidNotice(DateOnly.FromDateTime(Wita.FromUtc(payment.ReversedAtUtc!.Value)), payment.ReversedReason ?? "")
        : null;

    private static async Task<Payment?> FindValidAsync(AppDbContext db, int invoiceId, string reference, CancellationToken ct) =>
        await db.Payments.AsNoTracking()
            .SingleOrDefaultAsync(p => p.InvoiceId == invoiceId && p.BankReference == reference && p.Status == PaymentStatus.Sah, ct);

    private static PaymentRecorded Duplicate(Payment existing, PaymentInput input, InvoiceStatus status, long outstanding)
    {
        // Same reference but different facts is not a retry: say so instead of silently keeping either.
        if (!existing.SameAs(input.PaidOn, input.Amount, input.Method))
        {
            throw new DomainException(
                $"Referensi bank {existing.BankReference} sudah dicatat untuk tagihan ini: {IndonesianFormat.Rupiah(existing.Amount)} " +
                $"tanggal {IndonesianFormat.Date(existing.PaidOn)}. Periksa kembali referensinya, atau batalkan pembayaran yang keliru lebih dulu.");
        }

        return new PaymentRecorded(existing.Id, status, outstanding, WasDuplicate: true);
    }

    // Fully paid: the sponsorships go live and their workers count as sponsored.
    private static async Task ActivateCoverageAsync(AppDbContext db, Invoice invoice, string userId, DateTime nowUtc, CancellationToken ct)
    {
        var ids = await db.InvoiceWorkers.Where(w => w.InvoiceId == invoice.Id && !w.Released).Select(w => w.SponsorshipId).ToListAsync(ct);
        var sponsorships = await db.Sponsorships.Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        var workerIds = sponsorships.Select(s => s.WorkerId).Distinct().ToList();
        var workers = await db.Workers.Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        foreach (var sponsorship in sponsorships.Where(s => s.Status == SponsorshipStatus.Ditagih))
        {
            sponsorship.MarkPaid();
            var worker = workers[sponsorship.WorkerId];
            worker.MarkSponsored();
            db.WorkerEvents.Add(WorkerEvent.For(worker, userId, nowUtc,
                $"Kepesertaan {sponsorship.StartMonth.ToDisplayString()}–{sponsorship.EndMonth.ToDisplayString()} aktif: tagihan {invoice.Number} lunas."));
        }

        invoice.MarkCoverageActivated(nowUtc);
    }
}
