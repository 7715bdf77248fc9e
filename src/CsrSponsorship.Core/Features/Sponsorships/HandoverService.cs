using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Contributions;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Sponsorships;

// The hand-over when sponsored coverage stops: reminding workers before it ends, and recording whether they
// went on paying alone, were renewed, moved to another funder or lapsed (decision 0145).
public sealed class HandoverService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, IOptions<WorkerRulesOptions> rules, TimeProvider clock)
{
    private YearMonth CurrentMonth => YearMonth.FromDate(Wita.Today(clock));

    // "Akan berakhir": active coverage ending within the next days, with a ready WhatsApp reminder.
    public async Task<IReadOnlyList<HandoverRow>> EndingSoonAsync(int days = 30, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind, Roles.Loket, Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = EndingSoon(db, Wita.Today(clock), days).Select(s => s.Id);
        var rows = await SponsorshipJoin.From(db)
            .Where(r => ids.Contains(r.S.Id))
            .OrderBy(r => r.S.EndMonth).ThenBy(r => r.W.NormalizedName)
            .ToListAsync(ct);
        return await HandoverRowsAsync(db, caller, rows, ct);
    }

    // Ended coverage whose hand-over outcome has not been recorded yet.
    public async Task<IReadOnlyList<HandoverRow>> AwaitingOutcomeAsync(CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind, Roles.Loket, Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = AwaitingOutcome(db, CurrentMonth).Select(s => s.Id);
        var rows = await SponsorshipJoin.From(db)
            .Where(r => ids.Contains(r.S.Id))
            .OrderBy(r => r.S.EndMonth).ThenBy(r => r.W.NormalizedName)
            .Take(500)
            .ToListAsync(ct);
        return await HandoverRowsAsync(db, caller, rows, ct);
    }

    // "Lanjut mandiri" may also record the months the worker has already paid alone (selfPaidThrough): Mandiri
    // coverage from the month after the sponsorship's last month, saved with the outcome or not at all (decision 0196).
    public async Task RecordOutcomeAsync(int id, SponsorshipOutcome outcome, string? note, YearMonth? selfPaidThrough = null, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind, Roles.Loket, Roles.Admin);
        if (selfPaidThrough is not null && outcome != SponsorshipOutcome.Mandiri)
        {
            throw new DomainException("Bulan iuran mandiri hanya dicatat bersama hasil \"Lanjut mandiri\".");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var sponsorship = await db.Sponsorships.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Kepesertaan");
        var worker = await db.Workers.SingleAsync(w => w.Id == sponsorship.WorkerId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        sponsorship.RecordOutcome(outcome, note, caller.UserId, now, CurrentMonth);
        var history = $"Hasil serah-terima kepesertaan {sponsorship.StartMonth.ToDisplayString()}–{sponsorship.EndMonth.ToDisplayString()}: {SponsorshipLabels.Outcome(outcome)}.";
        if (selfPaidThrough is { } through)
        {
            var selfPaid = await SelfPaidAsync(db, sponsorship, worker, through, caller.UserId, now, ct);
            db.Sponsorships.Add(selfPaid);
            history += $" Iuran mandiri {DocumentText.Period(selfPaid.StartMonth, selfPaid.EndMonth)} tercatat.";
        }

        switch (outcome)
        {
            case SponsorshipOutcome.Mandiri:
                worker.MarkContinuingAlone();
                break;
            case SponsorshipOutcome.Nonaktif:
                worker.MarkLapsed();
                break;
        }

        db.WorkerEvents.Add(WorkerEvent.For(worker, caller.UserId, now, history));
        try
        {
            // One SaveChanges: the outcome, the self-paid months and the history entry, or nothing.
            await NewCoverage.SaveAsync(factory, db, [worker.Id], ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }

    // The self-paid months reported at the desk: past months are allowed here only, from the month after the
    // sponsorship's last month up to the current month, for a worker who qualifies for them and whom nobody else covers.
    private async Task<Sponsorship> SelfPaidAsync(AppDbContext db, Sponsorship ended, Worker worker, YearMonth through, string userId, DateTime now, CancellationToken ct)
    {
        var first = ended.EndMonth.AddMonths(1);
        var months = Sponsorship.SelfPaidMonthCount(ended.EndMonth, through, CurrentMonth);
        NewCoverage.RequireEligible(await NewCoverage.EligibilityAsync(db, rules.Value, first, through, ct), [worker]);
        var others = await NewCoverage.CoveringAsync(db, worker.Id, first, through, true, ct);
        if (others.Count > 0)
        {
            throw new DomainException($"{worker.FullName} sudah dicakup {string.Join("; ", others)}. Bulan itu tidak dapat dicatat sebagai iuran mandiri; "
                + "pilih bulan terakhir sebelum bulan tersebut. Tidak ada yang disimpan.");
        }

        var rates = await RateService.LoadAsync(db, ct);
        var cost = ContributionCalculator.CalculatePeriod(rates, NewCoverage.Request(worker.DeclaredIncome, worker.OccupationCode, new AdoptionTerms(false, first, months), FundingSource.Mandiri, false), months);
        return Sponsorship.RecordSelfPaid(worker.Id, ended.EndMonth, through, cost.Total, userId, now, CurrentMonth);
    }

    // The hand-over lists, shared with the Loket home page's counts. A worker whose coverage continues the month
    // after (renewed, or taken over by another funder) has no hand-over: nobody tells him to pay alone.
    internal static IQueryable<Sponsorship> EndingSoon(AppDbContext db, DateOnly today, int days)
    {
        var current = YearMonth.FromDate(today);
        // Coverage whose last day falls within the next days.
        var horizon = today.AddDays(days);
        var last = YearMonth.FromDate(horizon);
        if (horizon < last.LastDay)
        {
            last = last.AddMonths(-1);
        }

        return NotContinued(db, db.Sponsorships.AsNoTracking()
            .Where(s => s.Status == SponsorshipStatus.Aktif && s.EndMonth >= current && s.EndMonth <= last));
    }

    internal static IQueryable<Sponsorship> AwaitingOutcome(AppDbContext db, YearMonth current) =>
        NotContinued(db, db.Sponsorships.AsNoTracking()
            .Where(s => (s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir) && s.EndMonth < current && s.Outcome == null));

    // Leaves out sponsorships whose worker is covered again in the month right after their last month (renewed,
    // moved to another funder, or recorded as paying alone). Months are yyyymm integers: December's next is +89.
    private static IQueryable<Sponsorship> NotContinued(AppDbContext db, IQueryable<Sponsorship> sponsorships) =>
        sponsorships.Where(s => !db.CoverageMonths.Any(last => last.SponsorshipId == s.Id && db.CoverageMonths.Any(next =>
            next.WorkerId == last.WorkerId && next.SponsorshipId != s.Id && next.Month == (last.Month % 100 == 12 ? last.Month + 89 : last.Month + 1))));

    private static async Task<IReadOnlyList<HandoverRow>> HandoverRowsAsync(AppDbContext db, Caller caller, IReadOnlyList<SponsorshipJoin> rows, CancellationToken ct)
    {
        var desa = await DesaLookup.LoadAsync(db, ct);
        var rates = await RateService.LoadAsync(db, ct);
        return [.. rows.Select(r =>
        {
            // What the worker will pay alone from the month after: JKK+JKM at their declared income (Mandiri gets any
            // discount in force), with the month a discount ends when the rate table says so.
            var rate = HandoverMessage.RateFrom(rates, r.W.DeclaredIncome, Occupations.SectorOf(r.W.OccupationCode), r.S.EndMonth.AddMonths(1));
            var monthly = rate?.Monthly ?? 0;
            var funder = r.CompanyName ?? r.S.FunderName ?? SponsorshipLabels.Funding(r.S.Funding);
            var ends = r.S.EndMonth.LastDay;
            // A wa.me link carries the whole number: only for a caller who may see it (PersonalDataPolicy).
            var full = PersonalDataPolicy.CanSeeFull(caller, r.W.RegisteredByUserId);
            var link = !full || r.W.Phone is null || rate is null ? null : HandoverMessage.WhatsAppLink(r.W.Phone, HandoverMessage.Text(r.W.FullName, funder, ends, rate));
            return new HandoverRow(r.S.Id, r.W.Id, r.W.FullName, desa[r.W.DesaCode].Name, desa[r.W.DesaCode].KecamatanName, funder, r.S.EndMonth, ends,
                PersonalDataPolicy.Phone(caller, r.W.Phone, r.W.RegisteredByUserId), link, monthly, r.S.Outcome);
        })];
    }
}
