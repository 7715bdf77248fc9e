using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Contributions;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Sponsorships;

public sealed class SponsorshipService(
    IDbContextFactory<AppDbContext> factory,
    ICurrentUser currentUser,
    IOptions<WorkerRulesOptions> rules,
    TimeProvider clock)
{
    public const int MaxWorkersPerBatch = 500;

    private YearMonth CurrentMonth => YearMonth.FromDate(Wita.Today(clock));

    // Workers a company may adopt for the chosen months, nearest first: same desa as one of its
    // operations, then the same kecamatan, then the rest of the programme area.
    public async Task<PagedResult<EligibleWorker>> FindEligibleAsync(EligibleQuery query, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var companyId = await ResolveCompanyAsync(db, caller, query.CompanyId, ct);
        ValidateTerms(query.Terms);
        var (operatingDesa, operatingKecamatan) = await OperatingAreaAsync(db, companyId, ct);
        var today = Wita.Today(clock);

        var workers = (await EligibleWorkersAsync(db, query.Terms, ct))
            .NameContains(query.Search)
            .Matching(query.DesaCode, query.OccupationCode, query.Sex, query.MinAge, query.MaxAge, today, !PersonalDataPolicy.SeesEveryoneInFull(caller));

        var ranked = workers
            .Select(w => new
            {
                Worker = w,
                Rank = operatingDesa.Contains(w.DesaCode) ? 0 : operatingKecamatan.Contains(w.KecamatanCode) ? 1 : 2,
            })
            .OrderBy(x => x.Rank).ThenBy(x => x.Worker.NormalizedName).ThenBy(x => x.Worker.Id);

        var page = query.Page ?? new PageRequest();
        var total = await ranked.CountAsync(ct);
        var rows = await ranked.Skip(page.Skip).Take(page.Take)
            .Select(x => new { x.Rank, x.Worker.Id, x.Worker.Nik, x.Worker.FullName, x.Worker.Sex, x.Worker.BirthDate, x.Worker.DesaCode, x.Worker.OccupationCode, x.Worker.OccupationOther, x.Worker.RegisteredByUserId })
            .ToListAsync(ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        return new PagedResult<EligibleWorker>(
            [.. rows.Select(r => new EligibleWorker(
                r.Id, PersonalDataPolicy.Nik(caller, r.Nik, r.RegisteredByUserId), r.FullName, r.Sex, r.BirthDate.Year,
                PersonalDataPolicy.AgeOn(caller, r.BirthDate, r.RegisteredByUserId, today), r.DesaCode,
                desa[r.DesaCode].Name, desa[r.DesaCode].KecamatanName, WorkerService.OccupationName(r.OccupationCode, r.OccupationOther),
                SectorOf(r.OccupationCode), (Proximity)r.Rank))],
            total);
    }

    // "Pilih otomatis N pekerja": the first N in the same ranking the list shows.
    public async Task<IReadOnlyList<int>> AutoPickAsync(EligibleQuery query, int count, CancellationToken ct = default)
    {
        if (count is < 1 or > MaxWorkersPerBatch)
        {
            throw new DomainException($"Jumlah pekerja yang dipilih otomatis harus 1–{MaxWorkersPerBatch}.");
        }

        var page = await FindEligibleAsync(query with { Page = new PageRequest(0, count) }, ct);
        return [.. page.Items.Select(w => w.Id)];
    }

    public async Task<CostPreview> PreviewCostAsync(CostRequest request, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var companyId = await ResolveCompanyAsync(db, caller, request.CompanyId, ct);
        ValidateTerms(request.Terms);
        var ids = request.WorkerIds.Distinct().ToList();
        // The cost follows from the declared income: price only workers the adoption list can show.
        var eligibility = await EligibilityAsync(db, request.Terms.StartMonth, request.Terms.EndMonth, ct);
        var workers = await eligibility.Registered(db.Workers.AsNoTracking()).Where(w => ids.Contains(w.Id))
            .Select(w => new { w.Id, w.DeclaredIncome, w.OccupationCode }).ToListAsync(ct);
        if (workers.Count != ids.Count)
        {
            throw new NotFoundException("Pekerja");
        }

        var calculation = await CalculateAsync(db, workers.Select(w => (w.DeclaredIncome, SectorOf(w.OccupationCode))).ToList(), request.Terms, ct);
        var (annual, budget) = await BudgetAsync(db, companyId, calculation, ct);
        var workerMonths = Math.Max(1, workers.Count * request.Terms.Months);
        return new CostPreview(
            workers.Count, request.Terms.Months, calculation.Jkk, calculation.Jkm, calculation.Jht, calculation.Discount, calculation.Total,
            Terbilang.Rupiah(calculation.Total), calculation.Total / workerMonths, annual, budget);
    }

    public async Task<AdoptionResult> SubmitAsync(AdoptionRequest request, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var companyId = await ResolveCompanyAsync(db, caller, request.CompanyId, ct);
        ValidateTerms(request.Terms);
        var ids = request.WorkerIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            throw new DomainException("Pilih minimal satu pekerja.");
        }

        if (ids.Count > MaxWorkersPerBatch)
        {
            throw new DomainException($"Satu pengajuan paling banyak {MaxWorkersPerBatch} pekerja.");
        }

        // Re-check eligibility at submit time: the list the officer looked at may be minutes old.
        var eligibility = await EligibilityAsync(db, request.Terms.StartMonth, request.Terms.EndMonth, ct);
        var eligible = await NotCovered(db, eligibility.Apply(db.Workers.AsNoTracking()), request.Terms).Where(w => ids.Contains(w.Id))
            .Select(w => new { w.Id, w.DeclaredIncome, w.OccupationCode }).ToListAsync(ct);
        if (eligible.Count != ids.Count)
        {
            var missing = ids.Except(eligible.Select(e => e.Id)).ToList();
            // Name only workers the adoption list could have shown (too old for these months, or taken since by
            // another funder); any other id, e.g. an unverified registration, is "not found": a company never
            // reads the register by guessing ids.
            var shown = await eligibility.Registered(db.Workers.AsNoTracking()).Where(w => missing.Contains(w.Id)).ToListAsync(ct);
            if (shown.Count < missing.Count)
            {
                throw new NotFoundException("Pekerja");
            }

            RequireEligible(eligibility, shown);
            throw new CoverageConflictException([.. shown.Select(w => w.FullName)]);
        }

        var rates = await RateService.LoadAsync(db, ct);
        var applyDiscount = await RateService.ReadCsrDiscountAsync(db, ct);
        var batchId = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        var sponsorships = eligible.Select(w =>
        {
            var cost = ContributionCalculator.CalculatePeriod(rates, Request(w.DeclaredIncome, SectorOf(w.OccupationCode), request.Terms, FundingSource.Csr, applyDiscount), request.Terms.Months);
            return Sponsorship.Create(
                new SponsorshipTerms(batchId, companyId, w.Id, FundingSource.Csr, null, request.Terms.IncludeJht, request.Terms.StartMonth, request.Terms.Months),
                cost.Total, caller.UserId, now, CurrentMonth);
        }).ToList();

        db.Sponsorships.AddRange(sponsorships);
        await SaveCoverageAsync(db, ids, ct);
        return new AdoptionResult(batchId, [.. sponsorships.Select(s => s.Id)], sponsorships.Sum(s => s.EstimatedTotal));
    }

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

        ValidateTerms(request.Terms);
        await using var db = await factory.CreateDbContextAsync(ct);
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == request.WorkerId, ct) ?? throw new NotFoundException("Pekerja");
        // Coverage from any funder creates covered months: the same eligibility as a CSR adoption.
        RequireEligible(await EligibilityAsync(db, request.Terms.StartMonth, request.Terms.EndMonth, ct), [worker]);
        var rates = await RateService.LoadAsync(db, ct);
        var cost = ContributionCalculator.CalculatePeriod(rates, Request(worker.DeclaredIncome, SectorOf(worker.OccupationCode), request.Terms, request.Funding, false), request.Terms.Months);
        var sponsorship = Sponsorship.Create(
            new SponsorshipTerms(Guid.NewGuid(), null, worker.Id, request.Funding, request.FunderName, request.Terms.IncludeJht, request.Terms.StartMonth, request.Terms.Months),
            cost.Total, caller.UserId, clock.GetUtcNow().UtcDateTime, CurrentMonth);
        worker.MarkSponsored();
        db.Sponsorships.Add(sponsorship);
        await SaveCoverageAsync(db, [worker.Id], ct);
        return sponsorship.Id;
    }

    public async Task<PagedResult<SponsorshipRow>> ListAsync(SponsorshipQuery query, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Keuangan, Roles.Csr, Roles.Loket);
        await using var db = await factory.CreateDbContextAsync(ct);
        var current = CurrentMonth;
        var rows = Filter(db, query, caller, current);
        var page = query.Page ?? new PageRequest();
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(r => r.S.CreatedAtUtc).ThenBy(r => r.W.NormalizedName).ThenBy(r => r.S.Id)
            .Skip(page.Skip).Take(page.Take).ToListAsync(ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        var invoiced = await SponsorshipMoney.InvoicedAmountsAsync(db, [.. items.Select(r => r.S.Id)], null, ct);
        return new PagedResult<SponsorshipRow>([.. items.Select(r => ToRow(r, caller, desa, current, invoiced))], total);
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
        var rows = Filter(db, query, caller, current)
            .OrderByDescending(r => r.S.CreatedAtUtc).ThenBy(r => r.W.NormalizedName).ThenBy(r => r.S.Id)
            .AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct))
        {
            yield return ToRow(r, caller, desa, current, invoiced);
        }
    }

    private static IQueryable<SponsorshipJoin> Filter(AppDbContext db, SponsorshipQuery query, Caller caller, YearMonth current)
    {
        var rows = Rows(db);

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
        var row = await Rows(db).SingleOrDefaultAsync(r => r.S.Id == id, ct);
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
        await ResolveCompanyAsync(db, caller, previous[0].CompanyId, ct);
        var rates = await RateService.LoadAsync(db, ct);
        var applyDiscount = await RateService.ReadCsrDiscountAsync(db, ct);
        var workerIds = previous.Select(p => p.WorkerId).ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var area = await ProgrammeAreaAsync(db, ct);
        var batchId = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new List<Sponsorship>();
        var refused = new List<(string Name, string Reason)>();
        foreach (var p in previous)
        {
            var start = p.EndMonth.AddMonths(1) < CurrentMonth ? CurrentMonth : p.EndMonth.AddMonths(1);
            var terms = new AdoptionTerms(includeJht, start, months);
            ValidateTerms(terms);
            var worker = workers[p.WorkerId];
            // An extension creates new covered months: the worker must still qualify for them, as for a fresh adoption.
            if (new SponsorshipEligibility(rules.Value, area, terms.StartMonth, terms.EndMonth).Refusal(worker) is { } reason)
            {
                refused.Add((worker.FullName, reason));
                continue;
            }

            var cost = ContributionCalculator.CalculatePeriod(rates, Request(worker.DeclaredIncome, SectorOf(worker.OccupationCode), terms, FundingSource.Csr, applyDiscount), months);
            created.Add(Sponsorship.Create(
                new SponsorshipTerms(batchId, p.CompanyId, p.WorkerId, FundingSource.Csr, null, includeJht, start, months, p.Id),
                cost.Total, caller.UserId, now, CurrentMonth));
        }

        if (refused.Count > 0)
        {
            throw new IneligibleWorkersException(refused);
        }

        db.Sponsorships.AddRange(created);
        await SaveCoverageAsync(db, workerIds, ct);
        return new AdoptionResult(batchId, [.. created.Select(s => s.Id)], created.Sum(s => s.EstimatedTotal));
    }

    // "Akan berakhir": active coverage ending within the next days, with a ready WhatsApp reminder.
    public async Task<IReadOnlyList<HandoverRow>> EndingSoonAsync(int days = 30, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind, Roles.Loket, Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = EndingSoon(db, Wita.Today(clock), days).Select(s => s.Id);
        var rows = await Rows(db)
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
        var rows = await Rows(db)
            .Where(r => ids.Contains(r.S.Id))
            .OrderBy(r => r.S.EndMonth).ThenBy(r => r.W.NormalizedName)
            .Take(500)
            .ToListAsync(ct);
        return await HandoverRowsAsync(db, caller, rows, ct);
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

    public async Task RecordOutcomeAsync(int id, SponsorshipOutcome outcome, string? note, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind, Roles.Loket, Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var sponsorship = await db.Sponsorships.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Kepesertaan");
        var worker = await db.Workers.SingleAsync(w => w.Id == sponsorship.WorkerId, ct);
        sponsorship.RecordOutcome(outcome, note, caller.UserId, clock.GetUtcNow().UtcDateTime, CurrentMonth);
        switch (outcome)
        {
            case SponsorshipOutcome.Mandiri:
                worker.MarkContinuingAlone();
                break;
            case SponsorshipOutcome.Nonaktif:
                worker.MarkLapsed();
                break;
        }

        db.WorkerEvents.Add(WorkerEvent.For(worker, caller.UserId, clock.GetUtcNow().UtcDateTime,
            $"Hasil serah-terima kepesertaan {sponsorship.StartMonth.ToDisplayString()}–{sponsorship.EndMonth.ToDisplayString()}: {SponsorshipLabels.Outcome(outcome)}."));
        await db.SaveOrConflictAsync(ct);
    }

    public async Task<RetentionStats> RetentionAsync(int? companyId = null, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Loket, Roles.Keuangan, Roles.Csr);
        if (caller.Role == Roles.Csr)
        {
            var own = caller.RequireCompany();
            if (companyId is { } asked && asked != own)
            {
                // Another company's id answers "not found", as everywhere else; no id means the caller's own company.
                throw new NotFoundException("Perusahaan");
            }

            companyId = own;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var current = CurrentMonth;
        var ended = db.Sponsorships.AsNoTracking()
            .Where(s => (s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir) && s.EndMonth < current);
        if (companyId is { } id)
        {
            ended = ended.Where(s => s.CompanyId == id);
        }

        // Coverage that continued the month after needs no hand-over: unless an officer recorded an outcome, it
        // follows from who pays the month after.
        var counts = await ended
            .Select(s => new
            {
                s.Outcome,
                // Who pays the month after the last month, if anyone ((worker, month) is unique: one funder).
                Next = (from last in db.CoverageMonths
                        where last.SponsorshipId == s.Id
                        from next in db.CoverageMonths
                        where next.WorkerId == last.WorkerId && next.SponsorshipId != s.Id && next.Month == (last.Month % 100 == 12 ? last.Month + 89 : last.Month + 1)
                        join t in db.Sponsorships on next.SponsorshipId equals t.Id
                        select (FundingSource?)t.Funding).FirstOrDefault(),
            })
            .GroupBy(s => new { s.Outcome, s.Next })
            .Select(g => new { g.Key.Outcome, g.Key.Next, Count = g.Count() })
            .ToListAsync(ct);
        var outcomes = counts.Select(c => (Outcome: c.Outcome ?? (c.Next is { } next ? OutcomeOfContinuation(next) : null), c.Count)).ToList();
        int Count(SponsorshipOutcome o) => outcomes.Where(x => x.Outcome == o).Sum(x => x.Count);
        var renewed = Count(SponsorshipOutcome.Diperpanjang);
        var mandiri = Count(SponsorshipOutcome.Mandiri);
        return new RetentionStats(
            outcomes.Sum(x => x.Count), outcomes.Where(x => x.Outcome != null).Sum(x => x.Count), renewed + mandiri, renewed, mandiri,
            Count(SponsorshipOutcome.Dialihkan), Count(SponsorshipOutcome.Nonaktif));
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
            await RetentionAsync(companyId, ct));
    }

    private static async Task<IReadOnlyList<HandoverRow>> HandoverRowsAsync(AppDbContext db, Caller caller, IReadOnlyList<SponsorshipJoin> rows, CancellationToken ct)
    {
        var desa = await DesaLookup.LoadAsync(db, ct);
        var rates = await RateService.LoadAsync(db, ct);
        return [.. rows.Select(r =>
        {
            // What the worker will pay alone from the month after: JKK+JKM at their declared income (Mandiri gets any
            // discount in force), with the month a discount ends when the rate table says so.
            var rate = HandoverMessage.RateFrom(rates, r.W.DeclaredIncome, SectorOf(r.W.OccupationCode), r.S.EndMonth.AddMonths(1));
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

    // Leaves out sponsorships whose worker is covered again in the month right after their last month (renewed,
    // moved to another funder, or recorded as paying alone). Months are yyyymm integers: December's next is +89.
    private static IQueryable<Sponsorship> NotContinued(AppDbContext db, IQueryable<Sponsorship> sponsorships) =>
        sponsorships.Where(s => !db.CoverageMonths.Any(last => last.SponsorshipId == s.Id && db.CoverageMonths.Any(next =>
            next.WorkerId == last.WorkerId && next.SponsorshipId != s.Id && next.Month == (last.Month % 100 == 12 ? last.Month + 89 : last.Month + 1))));

    private static SponsorshipOutcome? OutcomeOfContinuation(FundingSource funding) => funding switch
    {
        FundingSource.Csr => SponsorshipOutcome.Diperpanjang,
        FundingSource.Mandiri => SponsorshipOutcome.Mandiri,
        _ => SponsorshipOutcome.Dialihkan,
    };

    private static IQueryable<SponsorshipJoin> Rows(AppDbContext db) =>
        from s in db.Sponsorships.AsNoTracking()
        join w in db.Workers.AsNoTracking() on s.WorkerId equals w.Id
        join c in db.Companies.AsNoTracking() on s.CompanyId equals c.Id into companies
        from c in companies.DefaultIfEmpty()
        select new SponsorshipJoin { S = s, W = w, CompanyName = c == null ? null : c.LegalName };

    private static SponsorshipRow ToRow(
        SponsorshipJoin r, Caller caller, IReadOnlyDictionary<string, DesaInfo> desa, YearMonth current, Dictionary<int, long> invoiced) => new(
        r.S.Id, r.S.BatchId, r.S.CompanyId, r.CompanyName ?? r.S.FunderName ?? SponsorshipLabels.Funding(r.S.Funding), r.W.Id, r.W.FullName,
        PersonalDataPolicy.Nik(caller, r.W.Nik, r.W.RegisteredByUserId), desa[r.W.DesaCode].Name, desa[r.W.DesaCode].KecamatanName,
        r.S.StartMonth, r.S.EndMonth, r.S.Months, r.S.IncludeJht, r.S.EstimatedTotal, r.S.EffectiveStatus(current), r.S.Outcome, r.S.CreatedAtUtc)
    {
        InvoicedAmount = invoiced.TryGetValue(r.S.Id, out var amount) ? amount : null,
    };

    // Eligible for the months and not covered by anyone in any of them. A company reads nothing else of the
    // register, whatever ids it sends.
    private async Task<IQueryable<Worker>> EligibleWorkersAsync(AppDbContext db, AdoptionTerms terms, CancellationToken ct) =>
        NotCovered(db, (await EligibilityAsync(db, terms.StartMonth, terms.EndMonth, ct)).Apply(db.Workers.AsNoTracking()), terms);

    private static IQueryable<Worker> NotCovered(AppDbContext db, IQueryable<Worker> workers, AdoptionTerms terms)
    {
        var start = terms.StartMonth.Number;
        var end = terms.EndMonth.Number;
        return workers.Where(w => !db.CoverageMonths.Any(c => c.WorkerId == w.Id && c.Month >= start && c.Month <= end));
    }

    private async Task<SponsorshipEligibility> EligibilityAsync(AppDbContext db, YearMonth first, YearMonth last, CancellationToken ct) =>
        new(rules.Value, await ProgrammeAreaAsync(db, ct), first, last);

    private static async Task<List<string>> ProgrammeAreaAsync(AppDbContext db, CancellationToken ct) =>
        await db.ProgrammeArea.AsNoTracking().Select(p => p.KecamatanCode).ToListAsync(ct);

    private static void RequireEligible(SponsorshipEligibility eligibility, IEnumerable<Worker> workers)
    {
        var refused = workers.OrderBy(w => w.NormalizedName)
            .Select(w => (w.FullName, Reason: eligibility.Refusal(w)))
            .Where(r => r.Reason is not null)
            .Select(r => (r.FullName, r.Reason!))
            .ToList();
        if (refused.Count > 0)
        {
            throw new IneligibleWorkersException(refused);
        }
    }

    private static async Task<int> ResolveCompanyAsync(AppDbContext db, Caller caller, int? requested, CancellationToken ct)
    {
        int companyId;
        if (caller.Role == Roles.Csr)
        {
            companyId = caller.RequireCompany();
        }
        else
        {
            caller.Require(Roles.Disnakerind, Roles.Admin);
            companyId = requested ?? throw new DomainException("Pilih perusahaan yang mengadopsi pekerja.");
        }

        var active = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => (bool?)c.IsActive).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Perusahaan");
        if (!active)
        {
            throw new DomainException("Perusahaan tidak aktif; hubungi Disnakerind.");
        }

        return companyId;
    }

    private void ValidateTerms(AdoptionTerms terms)
    {
        if (!Sponsorship.AllowedMonths.Contains(terms.Months))
        {
            throw new DomainException("Lama kepesertaan yang dapat dipilih: 1, 3, 6 atau 12 bulan.");
        }

        if (terms.StartMonth < CurrentMonth)
        {
            throw new DomainException($"Bulan mulai tidak boleh sebelum {CurrentMonth.ToDisplayString()}.");
        }
    }

    private static async Task<(List<string> Desa, List<string> Kecamatan)> OperatingAreaAsync(AppDbContext db, int companyId, CancellationToken ct)
    {
        var desa = await db.Set<Domain.Companies.CompanyOperatingDesa>().AsNoTracking()
            .Where(d => d.CompanyId == companyId).Select(d => d.DesaCode).ToListAsync(ct);
        // Kemendagri desa code 63.01.02.2005 belongs to kecamatan 63.01.02.
        return (desa, desa.Select(d => d[..8]).Distinct().ToList());
    }

    // Each calendar year the adoption touches, on the same basis as the CSR dashboard: months within the year.
    private static async Task<(long? Annual, IReadOnlyList<BudgetYear> Years)> BudgetAsync(AppDbContext db, int companyId, ContributionPeriod adoption, CancellationToken ct)
    {
        var annual = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => c.AnnualCsrBudget).SingleAsync(ct);
        if (annual is not { } budget)
        {
            return (null, []);
        }

        var added = adoption.Months.GroupBy(m => m.Month.Year).ToDictionary(g => g.Key, g => g.Sum(m => m.Total));
        var shares = await SponsorshipMoney.YearSharesAsync(db, companyId, added.Keys, ct);
        return (budget, [.. added.OrderBy(a => a.Key).Select(a => new BudgetYear(
            a.Key, budget, shares.Where(s => s.Year == a.Key).Sum(s => s.Estimated + s.Invoiced), a.Value))]);
    }

    private static async Task<ContributionPeriod> CalculateAsync(AppDbContext db, IReadOnlyList<(long Income, Sector Sector)> workers, AdoptionTerms terms, CancellationToken ct)
    {
        var rates = await RateService.LoadAsync(db, ct);
        var applyDiscount = await RateService.ReadCsrDiscountAsync(db, ct);
        var months = workers
            .SelectMany(w => ContributionCalculator.CalculatePeriod(rates, Request(w.Income, w.Sector, terms, FundingSource.Csr, applyDiscount), terms.Months).Months)
            .ToList();
        return new ContributionPeriod(months);
    }

    private static ContributionRequest Request(long income, Sector sector, AdoptionTerms terms, FundingSource funding, bool applyDiscount) =>
        new(income, sector, terms.IncludeJht, funding, terms.StartMonth, applyDiscount);

    private static Sector SectorOf(string occupationCode) => Occupations.Find(occupationCode)?.Sector ?? Sector.NonTransport;

    // Inserts sponsorships with their coverage months; the unique (worker, month) index turns a
    // concurrent adoption of the same worker into a clear refusal naming who was taken.
    private async Task SaveCoverageAsync(AppDbContext db, IReadOnlyList<int> workerIds, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            await using var fresh = await factory.CreateDbContextAsync(ct);
            var wanted = db.ChangeTracker.Entries<CoverageMonth>().Select(e => (e.Entity.WorkerId, e.Entity.Month)).ToList();
            var months = wanted.Select(w => w.Month).Distinct().ToList();
            var taken = await fresh.CoverageMonths.AsNoTracking()
                .Where(c => workerIds.Contains(c.WorkerId) && months.Contains(c.Month))
                .Select(c => new { c.WorkerId, c.Month }).ToListAsync(ct);
            var conflicted = taken.Where(t => wanted.Contains((t.WorkerId, t.Month))).Select(t => t.WorkerId).Distinct().ToList();
            if (conflicted.Count == 0)
            {
                throw;
            }

            var names = await fresh.Workers.AsNoTracking().Where(w => conflicted.Contains(w.Id)).OrderBy(w => w.NormalizedName).Select(w => w.FullName).ToListAsync(ct);
            throw new CoverageConflictException(names);
        }
    }


    private sealed class SponsorshipJoin
    {
        public required Sponsorship S { get; init; }

        public required Worker W { get; init; }

        public string? CompanyName { get; init; }
    }
}
