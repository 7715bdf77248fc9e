using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
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

// A sponsorship's life once it exists: the lists and detail, cancelling, extending, coverage recorded from
// other funders, and a company's totals. Adoption, hand-over and retention are their own services beside it.
public sealed class SponsorshipService(
    IDbContextFactory<AppDbContext> factory,
    ICurrentUser currentUser,
    IOptions<WorkerRulesOptions> rules,
    RetentionService retention,
    TimeProvider clock)
{
    private YearMonth CurrentMonth => YearMonth.FromDate(Wita.Today(clock));

    // Disnakerind records coverage paid from APBD/APBDes or by the worker, so CSR cannot pay those months again.
    public async Task<int> RecordOtherCoverageAsync(OtherCoverageRequest request, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind, Roles.Admin);
        if (request.Funding == FundingSource.Csr)
        {
            throw new DomainException("Kepesertaan dana CSR diajukan oleh perusahaan lewat halaman adopsi.");
        }

        if (string.IsNullOrWhiteSpace(request.FunderName))
        {
            throw new DomainException("Sebutkan sumber dananya, misalnya \"APBDes Desa Sabuhur 2026\".");
        }

        NewCoverage.ValidateTerms(request.Terms, CurrentMonth);
        await using var db = await factory.CreateDbContextAsync(ct);
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == request.WorkerId, ct) ?? throw new NotFoundException("Pekerja");
        // Coverage from any funder creates covered months: the same eligibility as a CSR adoption.
        NewCoverage.RequireEligible(await NewCoverage.EligibilityAsync(db, rules.Value, request.Terms.StartMonth, request.Terms.EndMonth, ct), [worker]);
        var rates = await RateService.LoadAsync(db, ct);
        var cost = ContributionCalculator.CalculatePeriod(rates, NewCoverage.Request(worker.DeclaredIncome, worker.OccupationCode, request.Terms, request.Funding, false), request.Terms.Months);
        var sponsorship = Sponsorship.Create(
            new SponsorshipTerms(Guid.NewGuid(), null, worker.Id, request.Funding, request.FunderName, request.Terms.IncludeJht, request.Terms.StartMonth, request.Terms.Months),
            cost.Total, caller.UserId, clock.GetUtcNow().UtcDateTime, CurrentMonth);
        // Self-paid months mean he pays alone, which keeps him off the CSR adoption list (decision 0196).
        if (request.Funding == FundingSource.Mandiri)
        {
            worker.MarkPayingAlone();
        }
        else
        {
            worker.MarkSponsored();
        }

        db.Sponsorships.Add(sponsorship);
        await NewCoverage.SaveAsync(factory, db, [worker.Id], ct);
        return sponsorship.Id;
    }

    public async Task<PagedResult<SponsorshipRow>> ListAsync(SponsorshipQuery query, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Keuangan, Roles.Csr, Roles.Loket);
        await using var db = await factory.CreateDbContextAsync(ct);
        var current = CurrentMonth;
        var rows = Filter(db, query, caller, current);
        var items = await PageOf(db, query, caller, current).ToListAsync(ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        var invoiced = await SponsorshipMoney.InvoicedAmountsAsync(db, [.. items.Select(r => r.S.Id)], null, ct);
        return await ListCounting.PageAsync(rows, [.. items.Select(r => ToRow(r, caller, desa, current, invoiced))], ct);
    }

    // Every matching sponsorship for the Excel export, in list order and masked as on the screen.
    public async IAsyncEnumerable<SponsorshipRow> StreamAsync(SponsorshipQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Keuangan, Roles.Csr, Roles.Loket);
        await using var db = await factory.CreateDbContextAsync(ct);
        var current = CurrentMonth;
        var desa = await DesaLookup.LoadAsync(db, ct);
        // One read of the frozen amounts for the whole export rather than a look-up per row.
        var invoiced = await SponsorshipMoney.InvoicedAmountsAsync(db, null, caller.Role == Roles.Csr ? caller.RequireCompany() : query.CompanyId, ct);
        var rows = InListOrder(Filter(db, query, caller, current)).AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct))
        {
            yield return ToRow(r, caller, desa, current, invoiced);
        }
    }

    // One page of the list. Newest first, and within one submission in the order it was saved, which is by name
    // (AdoptionService, ExtendAsync): IX_Sponsorships_CreatedAtUtc_Id gives that order, so a page reads its own rows
    // however many sponsorships share a time. Ordering by the worker's name as well made every page sort all the rows
    // of its newest time: 205 ms for the first page of 400,000 seeded at one instant (decision 0209).
    // With a cursor (the last row of the page before) the page starts after that row instead of skipping every row before
    // it: (newer time, or the same time and a higher id) is written as a range on the index's first key with the tie
    // checked on the way, so both engines walk IX_Sponsorships_CreatedAtUtc_Id from the cursor.
    internal static IQueryable<SponsorshipJoin> PageOf(AppDbContext db, SponsorshipQuery query, Caller caller, YearMonth current)
    {
        var page = query.Page ?? new PageRequest();
        var rows = Filter(db, query, caller, current);
        if (query.After is { } after)
        {
            rows = rows.Where(r => r.S.CreatedAtUtc <= after.CreatedAtUtc && (r.S.CreatedAtUtc < after.CreatedAtUtc || r.S.Id > after.Id));
        }

        return InListOrder(rows).Skip(query.After is null ? page.Skip : 0).Take(page.Take);
    }

    private static IOrderedQueryable<SponsorshipJoin> InListOrder(IQueryable<SponsorshipJoin> rows) =>
        rows.OrderByDescending(r => r.S.CreatedAtUtc).ThenBy(r => r.S.Id);

    private static IQueryable<SponsorshipJoin> Filter(AppDbContext db, SponsorshipQuery query, Caller caller, YearMonth current)
    {
        var rows = SponsorshipJoin.From(db);

        if (caller.Role == Roles.Csr)
        {
            var own = caller.RequireCompany();
            rows = rows.Where(r => r.S.CompanyId == own);
        }
        else if (query.CompanyId is { } companyId)
        {
            rows = rows.Where(r => r.S.CompanyId == companyId);
        }

        rows = query.Status switch
        {
            SponsorshipStatus.Aktif => rows.Where(r => r.S.Status == SponsorshipStatus.Aktif && r.S.EndMonth >= current),
            SponsorshipStatus.Berakhir => rows.Where(r => r.S.Status == SponsorshipStatus.Berakhir || (r.S.Status == SponsorshipStatus.Aktif && r.S.EndMonth < current)),
            { } status => rows.Where(r => r.S.Status == status),
            null => rows,
        };

        if (query.Funding is { } funding)
        {
            rows = rows.Where(r => r.S.Funding == funding);
        }

        if (query.WorkerId is { } workerId)
        {
            rows = rows.Where(r => r.S.WorkerId == workerId);
        }

        if (query.BatchId is { } batch)
        {
            rows = rows.Where(r => r.S.BatchId == batch);
        }

        if (!string.IsNullOrWhiteSpace(query.KecamatanCode))
        {
            rows = rows.Where(r => r.W.KecamatanCode == query.KecamatanCode);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Contains(NameKey.Normalize(query.Search));
            rows = rows.Where(r => EF.Functions.Like(r.W.NormalizedName, pattern, LikePattern.Escape));
        }

        return rows;
    }

    public async Task<SponsorshipDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Keuangan, Roles.Csr, Roles.Loket);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await SponsorshipJoin.From(db).SingleOrDefaultAsync(r => r.S.Id == id, ct);
        if (row is null || (caller.Role == Roles.Csr && row.S.CompanyId != caller.RequireCompany()))
        {
            throw new NotFoundException("Kepesertaan");
        }

        var months = await db.CoverageMonths.AsNoTracking().Where(c => c.SponsorshipId == id).OrderBy(c => c.Month).Select(c => c.Month).ToListAsync(ct);
        var current = CurrentMonth;
        var s = row.S;
        var invoiced = await SponsorshipMoney.InvoicedAmountsAsync(db, [id], null, ct);
        return new SponsorshipDetail(
            ToRow(row, caller, await DesaLookup.LoadAsync(db, ct), current, invoiced), s.Funding, s.CancelReason, s.OutcomeNote, s.OutcomeAtUtc, s.PreviousSponsorshipId,
            [.. months.Select(YearMonth.FromNumber)],
            s.Status == SponsorshipStatus.Diajukan && caller.IsAny(Roles.Csr, Roles.Disnakerind, Roles.Admin),
            s.EffectiveStatus(current) == SponsorshipStatus.Berakhir && caller.IsAny(Roles.Disnakerind, Roles.Loket, Roles.Admin));
    }

    public async Task CancelAsync(int id, string reason, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Csr, Roles.Disnakerind, Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var sponsorship = await db.Sponsorships.Include(s => s.Coverage).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (sponsorship is null || (caller.Role == Roles.Csr && sponsorship.CompanyId != caller.RequireCompany()))
        {
            throw new NotFoundException("Kepesertaan");
        }

        sponsorship.Cancel(reason);
        await db.SaveOrConflictAsync(ct);
    }

    // A follow-on sponsorship for the same workers, starting the month after the current one ends.
    public async Task<AdoptionResult> ExtendAsync(IReadOnlyList<int> sponsorshipIds, int months, bool includeJht, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Csr, Roles.Disnakerind, Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = sponsorshipIds.Distinct().ToList();
        var previous = await db.Sponsorships.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        var own = caller.Role == Roles.Csr ? caller.RequireCompany() : (int?)null;
        if (previous.Count != ids.Count || (own is not null && previous.Any(p => p.CompanyId != own)))
        {
            throw new NotFoundException("Kepesertaan");
        }

        if (previous.Any(p => p.Status == SponsorshipStatus.Batal || p.Funding != FundingSource.Csr))
        {
            throw new DomainException("Hanya kepesertaan CSR yang tidak dibatalkan yang dapat diperpanjang.");
        }

        if (previous.Select(p => p.CompanyId).Distinct().Count() != 1)
        {
            throw new DomainException("Perpanjangan dilakukan per perusahaan.");
        }

        // The company must still be active, as for a fresh adoption.
        await NewCoverage.ResolveCompanyAsync(db, caller, previous[0].CompanyId, ct);
        var rates = await RateService.LoadAsync(db, ct);
        var applyDiscount = await RateService.ReadCsrDiscountAsync(db, ct);
        var workerIds = previous.Select(p => p.WorkerId).ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var area = await NewCoverage.ProgrammeAreaAsync(db, ct);
        var batchId = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new List<Sponsorship>();
        var refused = new List<(string Name, string Reason)>();
        // Saved in name order: the list shows one submission in the order its rows were saved.
        foreach (var p in previous.OrderBy(p => workers[p.WorkerId].NormalizedName, StringComparer.Ordinal).ThenBy(p => p.WorkerId))
        {
            var start = p.EndMonth.AddMonths(1) < CurrentMonth ? CurrentMonth : p.EndMonth.AddMonths(1);
            var terms = new AdoptionTerms(includeJht, start, months);
            NewCoverage.ValidateTerms(terms, CurrentMonth);
            var worker = workers[p.WorkerId];
            // An extension creates new covered months: the worker must still qualify for them, as for a fresh adoption,
            // and CSR does not pay for a worker who pays alone (decision 0196).
            if ((new SponsorshipEligibility(rules.Value, area, terms.StartMonth, terms.EndMonth).Refusal(worker)
                ?? SponsorshipEligibility.PayingAloneRefusal(worker)) is { } reason)
            {
                refused.Add((worker.FullName, reason));
                continue;
            }

            var cost = ContributionCalculator.CalculatePeriod(rates, NewCoverage.Request(worker.DeclaredIncome, worker.OccupationCode, terms, FundingSource.Csr, applyDiscount), months);
            created.Add(Sponsorship.Create(
                new SponsorshipTerms(batchId, p.CompanyId, p.WorkerId, FundingSource.Csr, null, includeJht, start, months, p.Id),
                cost.Total, caller.UserId, now, CurrentMonth));
        }

        if (refused.Count > 0)
        {
            throw new IneligibleWorkersException(refused);
        }

        db.Sponsorships.AddRange(created);
        await NewCoverage.SaveAsync(factory, db, workerIds, ct);
        return new AdoptionResult(batchId, [.. created.Select(s => s.Id)], created.Sum(s => s.EstimatedTotal));
    }

    // The company page's figures: what it committed, for whom, and how many stayed protected afterwards.
    public async Task<CompanySponsorshipTotals> CompanyTotalsAsync(int companyId, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Keuangan, Roles.Csr);
        if (caller.Role == Roles.Csr && caller.RequireCompany() != companyId)
        {
            throw new NotFoundException("Perusahaan");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var current = CurrentMonth;
        var rows = await db.Sponsorships.AsNoTracking().Where(s => s.CompanyId == companyId)
            .Select(s => new { s.Status, s.EndMonth, s.WorkerId, s.Months }).ToListAsync(ct);
        var live = rows.Where(r => r.Status != SponsorshipStatus.Batal).ToList();
        int Count(Func<SponsorshipStatus, YearMonth, bool> predicate) => rows.Count(r => predicate(r.Status, r.EndMonth));
        return new CompanySponsorshipTotals(
            Count((s, _) => s == SponsorshipStatus.Diajukan),
            Count((s, _) => s == SponsorshipStatus.Ditagih),
            Count((s, e) => s == SponsorshipStatus.Aktif && e >= current),
            Count((s, e) => s == SponsorshipStatus.Berakhir || (s == SponsorshipStatus.Aktif && e < current)),
            Count((s, _) => s == SponsorshipStatus.Batal),
            live.Select(r => r.WorkerId).Distinct().Count(),
            live.Sum(r => r.Months),
            await SponsorshipMoney.TotalsAsync(db, companyId, ct),
            await retention.GetAsync(companyId, ct));
    }

    private static SponsorshipRow ToRow(
        SponsorshipJoin r, Caller caller, IReadOnlyDictionary<string, DesaInfo> desa, YearMonth current, Dictionary<int, long> invoiced) => new(
        r.S.Id, r.S.BatchId, r.S.CompanyId, r.CompanyName ?? r.S.FunderName ?? SponsorshipLabels.Funding(r.S.Funding), r.W.Id, r.W.FullName,
        PersonalDataPolicy.Nik(caller, r.W.Nik, r.W.RegisteredByUserId), desa[r.W.DesaCode].Name, desa[r.W.DesaCode].KecamatanName,
        r.S.StartMonth, r.S.EndMonth, r.S.Months, r.S.IncludeJht, r.S.EstimatedTotal, r.S.EffectiveStatus(current), r.S.Outcome, r.S.CreatedAtUtc)
    {
        InvoicedAmount = invoiced.TryGetValue(r.S.Id, out var amount) ? amount : null,
    };
}
