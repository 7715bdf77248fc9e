using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Sponsorships;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Reports;

// One query set per role home page. Everything is counted and summed by the database (GROUP BY); the only rows that
// travel are per-desa, per-month and short lists. Worker counts come from WorkerCounts (decision 0212), so no query
// here reads every worker.
public sealed class DashboardService(
    IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, RetentionService retention, DisnakerDashboardSnapshot disnakerFigures, TimeProvider clock)
{
    public const int MonthsShown = 12;
    private const int ListLimit = 50;

    private DateOnly Today => Wita.Today(clock);

    private YearMonth CurrentMonth => YearMonth.FromDate(Today);

    // The programme's figures come from a summary counted at most every Coverage:DashboardRefreshMinutes (decision 0198):
    // counting them reads every sponsorship, 1.2 s at 1M workers. recount: counted now, for the page's button.
    public async Task<DisnakerDashboard> DisnakerindAsync(bool recount = false, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Disnakerind, Roles.Admin);
        return recount
            ? await disnakerFigures.RecountAsync(CountDisnakerindAsync, ct)
            : await disnakerFigures.GetAsync(CountDisnakerindAsync, ct);
    }

    private async Task<DisnakerDashboard> CountDisnakerindAsync(CancellationToken ct)
    {
        // Stamped when the count begins: a recount asked for after this moment must not be served by it.
        var countedAt = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var current = CurrentMonth;
        var registered = await db.WorkerCounts.SumAsync(c => c.Count, ct);
        var csr = db.Sponsorships.AsNoTracking().Where(s => s.Funding == FundingSource.Csr && s.Status != SponsorshipStatus.Batal);
        var sponsored = await csr.Select(s => s.WorkerId).Distinct().CountAsync(ct);
        var companies = await csr.Select(s => s.CompanyId).Distinct().CountAsync(ct);
        var money = await SponsorshipMoney.TotalsAsync(db, null, ct);
        var (kecamatan, desa) = await CoverageAsync(db, current, ct);
        return new DisnakerDashboard(
            registered, sponsored, desa.Sum(d => d.ProtectedNow), companies, money, kecamatan, desa,
            await MonthlyAsync(db, current, ct), await retention.GetAsync(ct: ct), current, countedAt);
    }

    public async Task<CsrDashboard> CsrAsync(int? companyId = null, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Csr, Roles.Disnakerind, Roles.Admin, Roles.Keuangan);
        var id = caller.Role == Roles.Csr ? caller.RequireCompany() : companyId ?? throw new NotFoundException("Perusahaan");
        if (caller.Role == Roles.Csr && companyId is { } asked && asked != id)
        {
            throw new NotFoundException("Perusahaan");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var budget = await db.Companies.Where(c => c.Id == id).Select(c => new { c.AnnualCsrBudget }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Perusahaan");
        var current = CurrentMonth;
        var yearStart = new YearMonth(current.Year, 1);
        var yearEnd = new YearMonth(current.Year, 12);
        var live = db.Sponsorships.AsNoTracking().Where(s => s.CompanyId == id && s.Status != SponsorshipStatus.Batal);
        // Workers, months and money all by the months that fall in this year (decision 0131).
        var shares = await SponsorshipMoney.YearSharesAsync(db, id, [current.Year], ct);
        var thisYear = new MoneyFigures(shares.Sum(s => s.Estimated), shares.Sum(s => s.Invoiced), shares.Sum(s => s.Paid));
        var protectedNow = await live.CountAsync(s => s.Status == SponsorshipStatus.Aktif && s.StartMonth <= current && s.EndMonth >= current, ct);
        var soon = current.AddMonths(1);
        var ending = await (from s in live
                            join w in db.Workers on s.WorkerId equals w.Id
                            join d in db.Desa on w.DesaCode equals d.Code
                            where s.Status == SponsorshipStatus.Aktif && s.EndMonth >= current && s.EndMonth <= soon
                            orderby s.EndMonth, w.NormalizedName
                            select new EndingSoonWorker(s.Id, w.FullName, d.Name, s.EndMonth)).Take(ListLimit).ToListAsync(ct);
        var perMonth = await (from c in db.CoverageMonths
                              join s in live on c.SponsorshipId equals s.Id
                              where c.Month >= yearStart.Number && c.Month <= yearEnd.Number
                                    && (s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir)
                              group c by c.Month into g
                              select new { Month = g.Key, Workers = g.Count() }).ToListAsync(ct);
        var months = Enumerable.Range(1, 12)
            .Select(m => (new YearMonth(current.Year, m), perMonth.Where(p => p.Month == new YearMonth(current.Year, m).Number).Sum(p => p.Workers)))
            .ToList();
        return new CsrDashboard(id, current.Year, shares.Select(s => s.WorkerId).Distinct().Count(), protectedNow, shares.Sum(s => s.Months),
            budget.AnnualCsrBudget, thisYear, ending, months);
    }

    public async Task<KeuanganDashboard> KeuanganAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Keuangan, Roles.Disnakerind, Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Today;
        var open = db.Invoices.AsNoTracking().Where(i => i.Status == InvoiceStatus.Terbit || i.Status == InvoiceStatus.SebagianDibayar);
        var outstanding = await open.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Amount = g.Sum(i => i.Total - i.PaidAmount) }).SingleOrDefaultAsync(ct);
        var overdue = open.Where(i => i.DueDate < today);
        var overdueTotals = await overdue.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Amount = g.Sum(i => i.Total - i.PaidAmount) }).SingleOrDefaultAsync(ct);
        var list = await (from i in overdue
                          join c in db.Companies on i.CompanyId equals c.Id
                          orderby i.DueDate, i.Id
                          select new { i.Id, i.Number, c.LegalName, i.DueDate, Outstanding = i.Total - i.PaidAmount }).Take(ListLimit).ToListAsync(ct);
        var current = CurrentMonth;
        var monthStart = current.FirstDay;
        var monthEnd = current.LastDay;
        var thisMonth = await db.Payments.Where(p => p.Status == PaymentStatus.Sah && p.PaidOn >= monthStart && p.PaidOn <= monthEnd)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Amount = g.Sum(p => p.Amount) }).SingleOrDefaultAsync(ct);
        return new KeuanganDashboard(
            outstanding?.Amount ?? 0, outstanding?.Count ?? 0, overdueTotals?.Amount ?? 0, overdueTotals?.Count ?? 0,
            [.. list.Select(i => new OverdueInvoice(i.Id, i.Number ?? "", i.LegalName, i.DueDate, today.DayNumber - i.DueDate.DayNumber, i.Outstanding))],
            thisMonth?.Amount ?? 0, thisMonth?.Count ?? 0, await MonthlyAsync(db, current, ct));
    }

    public async Task<LoketDashboard> LoketAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Loket, Roles.Disnakerind, Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        // The same selection as the hand-over page's two lists, so the counts match what it shows.
        var ending = await HandoverService.EndingSoon(db, Today, 30).CountAsync(ct);
        var awaiting = await HandoverService.AwaitingOutcome(db, CurrentMonth).CountAsync(ct);
        return new LoketDashboard(ending, awaiting);
    }

    // Registered workers and workers protected this month (any funder), per desa; kecamatan rows are their sums.
    internal static async Task<(List<AreaCoverage> Kecamatan, List<AreaCoverage> Desa)> CoverageAsync(AppDbContext db, YearMonth current, CancellationToken ct)
    {
        // From the counts the database keeps per desa and status (decision 0212), not a GROUP BY over every worker.
        var registered = await db.WorkerCounts.GroupBy(c => c.DesaCode).Select(g => new { Desa = g.Key, Count = g.Sum(c => c.Count) }).ToListAsync(ct);
        var protectedNow = await (from s in db.Sponsorships
                                  join w in db.Workers on s.WorkerId equals w.Id
                                  where s.Status == SponsorshipStatus.Aktif && s.StartMonth <= current && s.EndMonth >= current
                                  group s by w.DesaCode into g
                                  select new { Desa = g.Key, Count = g.Count() }).ToListAsync(ct);
        var names = await db.Desa.AsNoTracking()
            .Select(d => new { d.Code, d.Name, d.KecamatanCode, KecamatanName = d.Kecamatan!.Name }).ToListAsync(ct);
        var registeredBy = registered.ToDictionary(r => r.Desa, r => r.Count, StringComparer.Ordinal);
        var protectedBy = protectedNow.ToDictionary(r => r.Desa, r => r.Count, StringComparer.Ordinal);
        var desa = names
            .Select(d => new AreaCoverage(d.Code, d.Name, d.KecamatanName, registeredBy.GetValueOrDefault(d.Code), protectedBy.GetValueOrDefault(d.Code)))
            .Where(d => d.Registered > 0 || d.ProtectedNow > 0)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        var kecamatan = desa.GroupBy(d => (Code: d.Code[..8], Name: d.KecamatanName!))
            .Select(g => new AreaCoverage(g.Key.Code, g.Key.Name, null, g.Sum(d => d.Registered), g.Sum(d => d.ProtectedNow)))
            .OrderBy(k => k.Code, StringComparer.Ordinal)
            .ToList();
        return (kecamatan, desa);
    }

    // New sponsorships by their first month and valid payments by payment date, for the last twelve months.
    private static async Task<List<MonthlyActivity>> MonthlyAsync(AppDbContext db, YearMonth current, CancellationToken ct)
    {
        var first = current.AddMonths(-(MonthsShown - 1));
        var started = await db.Sponsorships
            .Where(s => s.Status != SponsorshipStatus.Batal && s.StartMonth >= first && s.StartMonth <= current)
            .GroupBy(s => s.StartMonth).Select(g => new { Month = g.Key, Count = g.Count() }).ToListAsync(ct);
        var since = first.FirstDay;
        var until = current.LastDay;
        var payments = await db.Payments
            .Where(p => p.Status == PaymentStatus.Sah && p.PaidOn >= since && p.PaidOn <= until)
            .GroupBy(p => new { p.PaidOn.Year, p.PaidOn.Month }).Select(g => new { g.Key.Year, g.Key.Month, Amount = g.Sum(p => p.Amount) }).ToListAsync(ct);
        return [.. Enumerable.Range(0, MonthsShown).Select(i =>
        {
            var month = first.AddMonths(i);
            return new MonthlyActivity(
                month,
                started.Where(s => s.Month == month).Sum(s => s.Count),
                payments.Where(p => p.Year == month.Year && p.Month == month.Month).Sum(p => p.Amount));
        })];
    }
}
