using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Contributions;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Sponsorships;

// The three money figures every screen shows (decision 0130): the adoption-time estimate of sponsorships
// not billed yet, the amounts frozen on issued invoices, and valid payments. They are never added into
// one another except as Committed, which is what the annual CSR budget is measured against.
public sealed record MoneyFigures(long Estimated, long Invoiced, long Paid)
{
    public static MoneyFigures Zero { get; } = new(0, 0, 0);

    public long Committed => Estimated + Invoiced;
}

// One sponsorship's share of one calendar year: its months in the year and the money for them.
internal sealed record YearShare(int SponsorshipId, int WorkerId, string DesaCode, int Year, int Months, bool IsInvoiced, long Estimated, long Invoiced, long Paid);

internal static class SponsorshipMoney
{
    // Issued and not cancelled: the amounts on these are frozen and owed.
    internal static readonly InvoiceStatus[] Issued = [InvoiceStatus.Terbit, InvoiceStatus.SebagianDibayar, InvoiceStatus.Lunas];

    // All-time figures of one company (or of the whole programme): plain sums, no month split needed. A CSR
    // sponsorship is Diajukan exactly while it is on no issued invoice (issuing makes it Ditagih, cancelling an
    // issued invoice makes it Batal), so the estimate needs no look-up of invoice lines.
    public static async Task<MoneyFigures> TotalsAsync(AppDbContext db, int? companyId, CancellationToken ct)
    {
        var pending = db.Sponsorships.AsNoTracking().Where(s => s.Funding == FundingSource.Csr && s.Status == SponsorshipStatus.Diajukan);
        var invoices = db.Invoices.AsNoTracking().Where(i => Issued.Contains(i.Status));
        if (companyId is { } id)
        {
            pending = pending.Where(s => s.CompanyId == id);
            invoices = invoices.Where(i => i.CompanyId == id);
        }

        var estimated = await pending.SumAsync(s => s.EstimatedTotal, ct);
        var invoiced = await invoices.SumAsync(i => i.Total, ct);
        var paid = await (from p in db.Payments.AsNoTracking()
                          join i in invoices on p.InvoiceId equals i.Id
                          where p.Status == PaymentStatus.Sah
                          select p.Amount).SumAsync(ct);
        return new MoneyFigures(estimated, invoiced, paid);
    }

    // Sponsorship id → the amount frozen on its issued invoice. For given sponsorships (a page of the list, one detail)
    // the lines are found by sponsorship (IX_InvoiceWorkers_SponsorshipId_Released; the unique index on SponsorshipId
    // is partial, "Released" = FALSE, which SQLite cannot match to the NOT "Released" EF writes), each invoice checked
    // by its key: read from the invoices' side, a page walked every issued invoice's lines, 35,000 at 200,000 workers
    // (decision 0209). For a whole export (no ids; companyId narrows it) one pass from the invoices' side.
    public static async Task<Dictionary<int, long>> InvoicedAmountsAsync(
        AppDbContext db, IReadOnlyCollection<int>? sponsorshipIds, int? companyId, CancellationToken ct)
    {
        if (sponsorshipIds is not null)
        {
            return await BilledLinesOf(db, sponsorshipIds).Select(b => new { b.SponsorshipId, b.Amount }).ToDictionaryAsync(b => b.SponsorshipId, b => b.Amount, ct);
        }

        var invoices = db.Invoices.AsNoTracking().Where(i => Issued.Contains(i.Status));
        if (companyId is { } id)
        {
            invoices = invoices.Where(i => i.CompanyId == id);
        }

        var lines = from i in invoices
                    join b in db.InvoiceWorkers.AsNoTracking() on i.Id equals b.InvoiceId
                    where !b.Released
                    select new { b.SponsorshipId, b.Amount };
        // Two columns, not whole lines (each carries the worker's name, NIK, desa, ...): at 1M workers the Excel export
        // read 250,000 of them.
        return await lines.ToDictionaryAsync(b => b.SponsorshipId, b => b.Amount, ct);
    }

    // The live invoice lines that bill these sponsorships, on issued invoices.
    internal static IQueryable<InvoiceWorker> BilledLinesOf(AppDbContext db, IReadOnlyCollection<int> sponsorshipIds) =>
        db.InvoiceWorkers.AsNoTracking().Where(b => sponsorshipIds.Contains(b.SponsorshipId) && !b.Released
                                                    && db.Invoices.Any(i => i.Id == b.InvoiceId && Issued.Contains(i.Status)));

    // A company's live CSR sponsorships cut into calendar years (decision 0131). A sponsorship that is billed
    // counts at its frozen invoice amount, one that is not at its estimate; an amount is put on its months in
    // proportion to what each month costs, and a payment on its invoice's sponsorship-years in proportion to
    // their billed amounts, so every split adds up to the rupiah across years, desa and sponsorships.
    public static async Task<IReadOnlyList<YearShare>> YearSharesAsync(AppDbContext db, int companyId, IReadOnlyCollection<int> years, CancellationToken ct)
    {
        if (years.Count == 0)
        {
            return [];
        }

        var first = new YearMonth(years.Min(), 1);
        var last = new YearMonth(years.Max(), 12);
        var sponsorships = await (
            from s in db.Sponsorships.AsNoTracking()
            where s.CompanyId == companyId && s.Funding == FundingSource.Csr && s.Status != SponsorshipStatus.Batal
                  && s.StartMonth <= last && s.EndMonth >= first
            join w in db.Workers.AsNoTracking() on s.WorkerId equals w.Id
            select new { s.Id, s.WorkerId, w.DesaCode, w.DeclaredIncome, w.OccupationCode, s.IncludeJht, s.StartMonth, s.Months, s.EstimatedTotal })
            .ToListAsync(ct);

        // Every line of the company's issued invoices that reach into these years, also lines of sponsorships outside
        // them: a payment is spread over all of its invoice.
        var invoices = db.Invoices.AsNoTracking()
            .Where(i => i.CompanyId == companyId && Issued.Contains(i.Status) && i.PeriodStart <= last && i.PeriodEnd >= first);
        var lines = await (
            from i in invoices
            join b in db.InvoiceWorkers.AsNoTracking() on i.Id equals b.InvoiceId
            where !b.Released
            join w in db.Workers.AsNoTracking() on b.WorkerId equals w.Id
            select new { b.InvoiceId, b.SponsorshipId, b.WorkerId, w.DesaCode, w.DeclaredIncome, w.OccupationCode, b.Programmes, b.PeriodStart, b.Months, b.Amount })
            .ToListAsync(ct);
        var discounted = (await invoices.Where(i => i.Lines.Any(l => l.IsDiscount)).Select(i => i.Id).ToListAsync(ct)).ToHashSet();
        var paid = await (
                from p in db.Payments.AsNoTracking()
                join i in invoices on p.InvoiceId equals i.Id
                where p.Status == PaymentStatus.Sah
                group p.Amount by p.InvoiceId into g
                select new { Invoice = g.Key, Amount = g.Sum() })
            .ToDictionaryAsync(p => p.Invoice, p => p.Amount, ct);
        var rates = await RateService.LoadAsync(db, ct);
        var discountNow = await RateService.ReadCsrDiscountAsync(db, ct);

        var shares = new List<YearShare>();
        foreach (var invoice in lines.GroupBy(l => l.InvoiceId))
        {
            var cells = invoice.SelectMany(l => ByYear(l.Amount, l.PeriodStart, l.Months, () => MonthCosts(
                    rates, l.DeclaredIncome, l.OccupationCode, l.Programmes.HasFlag(Programme.Jht), l.PeriodStart, l.Months, discounted.Contains(invoice.Key)))
                .Select(y => (Line: l, y.Year, y.Months, y.Amount)))
                .ToList();
            var paidParts = Apportion.Split(paid.GetValueOrDefault(invoice.Key), [.. cells.Select(c => c.Amount)]);
            shares.AddRange(cells.Select((c, i) => new YearShare(
                c.Line.SponsorshipId, c.Line.WorkerId, c.Line.DesaCode, c.Year, c.Months, true, 0, c.Amount, paidParts[i])));
        }

        var billed = lines.Select(l => l.SponsorshipId).ToHashSet();
        foreach (var s in sponsorships.Where(s => !billed.Contains(s.Id)))
        {
            shares.AddRange(ByYear(s.EstimatedTotal, s.StartMonth, s.Months,
                    () => MonthCosts(rates, s.DeclaredIncome, s.OccupationCode, s.IncludeJht, s.StartMonth, s.Months, discountNow))
                .Select(y => new YearShare(s.Id, s.WorkerId, s.DesaCode, y.Year, y.Months, false, y.Amount, 0, 0)));
        }

        var wanted = years.ToHashSet();
        var live = sponsorships.Select(s => s.Id).ToHashSet();
        return [.. shares.Where(s => wanted.Contains(s.Year) && live.Contains(s.SponsorshipId))];
    }

    // Months are priced only when a sponsorship crosses a new year; within one year the whole amount is that year's.
    private static IEnumerable<(int Year, int Months, long Amount)> ByYear(long amount, YearMonth start, int months, Func<long[]> monthCosts)
    {
        var end = start.AddMonths(months - 1);
        if (start.Year == end.Year)
        {
            return [(start.Year, months, amount)];
        }

        var parts = Apportion.Split(amount, monthCosts());
        return parts.Select((p, i) => (Month: start.AddMonths(i), Amount: p))
            .GroupBy(p => p.Month.Year)
            .Select(g => (g.Key, g.Count(), g.Sum(p => p.Amount)));
    }

    // What each month costs under the rate table: the frozen total is spread by these, so a month inside a
    // discount window carries less than one outside it. Equal months when the table cannot price them.
    private static long[] MonthCosts(IReadOnlyList<RateVersion> rates, long income, string occupationCode, bool includeJht, YearMonth start, int months, bool discount)
    {
        var sector = Occupations.SectorOf(occupationCode);
        try
        {
            var period = ContributionCalculator.CalculatePeriod(rates, new ContributionRequest(income, sector, includeJht, FundingSource.Csr, start, discount), months);
            return [.. period.Months.Select(m => m.Total)];
        }
        catch (DomainException)
        {
            return [.. Enumerable.Repeat(1L, months)];
        }
    }
}
