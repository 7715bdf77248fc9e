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

// A company adopting workers: the list it may choose from, the cost of its choice, and the submission.
public sealed class AdoptionService(
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
        var companyId = await NewCoverage.ResolveCompanyAsync(db, caller, query.CompanyId, ct);
        NewCoverage.ValidateTerms(query.Terms, CurrentMonth);
        var (operatingDesa, operatingKecamatan) = await OperatingAreaAsync(db, companyId, ct);
        var today = Wita.Today(clock);

        var workers = (await EligibleWorkersAsync(db, query.Terms, ct))
            .NameContains(db, query.Search)
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
                Occupations.SectorOf(r.OccupationCode), (Proximity)r.Rank))],
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
        var companyId = await NewCoverage.ResolveCompanyAsync(db, caller, request.CompanyId, ct);
        NewCoverage.ValidateTerms(request.Terms, CurrentMonth);
        var ids = request.WorkerIds.Distinct().ToList();
        // The cost follows from the declared income: price only workers the adoption list can show.
        var eligibility = await NewCoverage.EligibilityAsync(db, rules.Value, request.Terms.StartMonth, request.Terms.EndMonth, ct);
        var workers = await eligibility.Registered(db.Workers.AsNoTracking()).Where(w => ids.Contains(w.Id))
            // Saved in name order: the sponsorship list shows one submission in the order its rows were saved.
            .OrderBy(w => w.NormalizedName).ThenBy(w => w.Id)
            .Select(w => new { w.Id, w.DeclaredIncome, w.OccupationCode }).ToListAsync(ct);
        if (workers.Count != ids.Count)
        {
            throw new NotFoundException("Pekerja");
        }

        var calculation = await CalculateAsync(db, workers.Select(w => (w.DeclaredIncome, w.OccupationCode)).ToList(), request.Terms, ct);
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
        var companyId = await NewCoverage.ResolveCompanyAsync(db, caller, request.CompanyId, ct);
        NewCoverage.ValidateTerms(request.Terms, CurrentMonth);
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
        var eligibility = await NewCoverage.EligibilityAsync(db, rules.Value, request.Terms.StartMonth, request.Terms.EndMonth, ct);
        var eligible = await NotCovered(db, eligibility.Apply(db.Workers.AsNoTracking()).Where(SponsorshipEligibility.NotPayingAlone), request.Terms).Where(w => ids.Contains(w.Id))
            // Saved in name order: the sponsorship list shows one submission in the order its rows were saved.
            .OrderBy(w => w.NormalizedName).ThenBy(w => w.Id)
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

            await NewCoverage.RequireCsrEligibleAsync(db, eligibility, shown, ct);
            var described = new List<string>();
            foreach (var w in shown.OrderBy(w => w.NormalizedName))
            {
                described.Add($"{w.FullName} ({string.Join("; ", await NewCoverage.CoveringAsync(db, w.Id, request.Terms.StartMonth, request.Terms.EndMonth, caller.Role != Roles.Csr, ct))})");
            }

            throw new CoverageConflictException([.. shown.Select(w => w.FullName)], described);
        }

        var rates = await RateService.LoadAsync(db, ct);
        var applyDiscount = await RateService.ReadCsrDiscountAsync(db, ct);
        var batchId = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        var sponsorships = eligible.Select(w =>
        {
            var cost = ContributionCalculator.CalculatePeriod(rates, NewCoverage.Request(w.DeclaredIncome, w.OccupationCode, request.Terms, FundingSource.Csr, applyDiscount), request.Terms.Months);
            return Sponsorship.Create(
                new SponsorshipTerms(batchId, companyId, w.Id, FundingSource.Csr, null, request.Terms.IncludeJht, request.Terms.StartMonth, request.Terms.Months),
                cost.Total, caller.UserId, now, CurrentMonth);
        }).ToList();

        db.Sponsorships.AddRange(sponsorships);
        await NewCoverage.SaveAsync(factory, db, ids, ct);
        return new AdoptionResult(batchId, [.. sponsorships.Select(s => s.Id)], sponsorships.Sum(s => s.EstimatedTotal));
    }

    // Eligible for the months and not covered by anyone in any of them. A company reads nothing else of the
    // register, whatever ids it sends.
    private async Task<IQueryable<Worker>> EligibleWorkersAsync(AppDbContext db, AdoptionTerms terms, CancellationToken ct) =>
        NotCovered(db, (await NewCoverage.EligibilityAsync(db, rules.Value, terms.StartMonth, terms.EndMonth, ct)).Apply(db.Workers.AsNoTracking()).Where(SponsorshipEligibility.NotPayingAlone), terms);

    private static IQueryable<Worker> NotCovered(AppDbContext db, IQueryable<Worker> workers, AdoptionTerms terms)
    {
        var start = terms.StartMonth.Number;
        var end = terms.EndMonth.Number;
        return workers.Where(w => !db.CoverageMonths.Any(c => c.WorkerId == w.Id && c.Month >= start && c.Month <= end));
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

    private static async Task<ContributionPeriod> CalculateAsync(AppDbContext db, IReadOnlyList<(long Income, string OccupationCode)> workers, AdoptionTerms terms, CancellationToken ct)
    {
        var rates = await RateService.LoadAsync(db, ct);
        var applyDiscount = await RateService.ReadCsrDiscountAsync(db, ct);
        var months = workers
            .SelectMany(w => ContributionCalculator.CalculatePeriod(rates, NewCoverage.Request(w.Income, w.OccupationCode, terms, FundingSource.Csr, applyDiscount), terms.Months).Months)
            .ToList();
        return new ContributionPeriod(months);
    }
}
