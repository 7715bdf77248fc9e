using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Documents.Pdf;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Sponsorships;

// The steps shared by every way covered months are created (a CSR adoption, an extension, coverage from another
// funder): one place for the company check, the terms, eligibility and the answer to a concurrent adoption, so the
// three cannot drift apart.
internal static class NewCoverage
{
    public static void ValidateTerms(AdoptionTerms terms, YearMonth currentMonth)
    {
        if (!Sponsorship.AllowedMonths.Contains(terms.Months))
        {
            throw new DomainException("Lama kepesertaan yang dapat dipilih: 1, 3, 6 atau 12 bulan.");
        }

        if (terms.StartMonth < currentMonth)
        {
            throw new DomainException($"Bulan mulai tidak boleh sebelum {currentMonth.ToDisplayString()}.");
        }
    }

    public static async Task<int> ResolveCompanyAsync(AppDbContext db, Caller caller, int? requested, CancellationToken ct)
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

    public static async Task<SponsorshipEligibility> EligibilityAsync(
        AppDbContext db, WorkerRulesOptions rules, YearMonth first, YearMonth last, CancellationToken ct) =>
        new(rules, await ProgrammeAreaAsync(db, ct), first, last);

    public static async Task<List<string>> ProgrammeAreaAsync(AppDbContext db, CancellationToken ct) =>
        await db.ProgrammeArea.AsNoTracking().Select(p => p.KecamatanCode).ToListAsync(ct);

    public static void RequireEligible(SponsorshipEligibility eligibility, IEnumerable<Worker> workers)
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

    // CSR adoption and extension: the eligibility rule, and not a worker whose registration says he pays alone
    // (decision 0196); the refusal names the self-paid months recorded for him.
    public static async Task RequireCsrEligibleAsync(AppDbContext db, SponsorshipEligibility eligibility, IReadOnlyCollection<Worker> workers, CancellationToken ct)
    {
        var payingAlone = workers.Where(w => w.Status == WorkerStatus.Mandiri).Select(w => w.Id).ToList();
        var lastSelfPaid = await db.Sponsorships.AsNoTracking()
            .Where(s => payingAlone.Contains(s.WorkerId) && s.Funding == FundingSource.Mandiri && s.Status != SponsorshipStatus.Batal)
            .GroupBy(s => s.WorkerId).Select(g => new { WorkerId = g.Key, Last = g.Max(s => s.EndMonth) })
            .ToDictionaryAsync(g => g.WorkerId, g => g.Last, ct);
        var refused = workers.OrderBy(w => w.NormalizedName)
            .Select(w => (w.FullName, Reason: eligibility.Refusal(w)
                ?? SponsorshipEligibility.PayingAloneRefusal(w, lastSelfPaid.TryGetValue(w.Id, out var last) ? last : null)))
            .Where(r => r.Reason is not null)
            .Select(r => (r.FullName, r.Reason!))
            .ToList();
        if (refused.Count > 0)
        {
            throw new IneligibleWorkersException(refused);
        }
    }

    // Who already covers some of the months, in the officer's words: "iuran mandiri pada Agustus–Oktober 2026". A
    // company reads "dana CSR" without the other company's name.
    public static async Task<IReadOnlyList<string>> CoveringAsync(AppDbContext db, int workerId, YearMonth first, YearMonth last, bool nameCompany, CancellationToken ct)
    {
        var (from, to) = (first.Number, last.Number);
        var rows = await db.CoverageMonths.AsNoTracking()
            .Where(c => c.WorkerId == workerId && c.Month >= from && c.Month <= to)
            .Join(db.Sponsorships, c => c.SponsorshipId, s => s.Id, (c, s) => new { c.Month, s.Id, s.Funding, s.FunderName, Company = db.Companies.Where(co => co.Id == s.CompanyId).Select(co => co.LegalName).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => r.Id).OrderBy(g => g.Min(r => r.Month)).Select(g =>
        {
            var r = g.First();
            var funder = r.Funding switch
            {
                FundingSource.Mandiri => "iuran mandiri",
                FundingSource.Csr => nameCompany ? $"CSR {r.Company}" : "dana CSR",
                _ => r.FunderName ?? SponsorshipLabels.Funding(r.Funding),
            };
            return $"{funder} pada {DocumentText.Period(YearMonth.FromNumber(g.Min(x => x.Month)), YearMonth.FromNumber(g.Max(x => x.Month)))}";
        })];
    }

    public static ContributionRequest Request(long income, string occupationCode, AdoptionTerms terms, FundingSource funding, bool applyDiscount) =>
        new(income, Occupations.SectorOf(occupationCode), terms.IncludeJht, funding, terms.StartMonth, applyDiscount);

    // Inserts sponsorships with their coverage months; the unique (worker, month) index turns a
    // concurrent adoption of the same worker into a clear refusal naming who was taken.
    public static async Task SaveAsync(IDbContextFactory<AppDbContext> factory, AppDbContext db, IReadOnlyList<int> workerIds, CancellationToken ct)
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
}
