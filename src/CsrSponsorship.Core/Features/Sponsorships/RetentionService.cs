using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Sponsorships;

// A report over ended sponsorships: how many workers stayed protected afterwards. It lives beside the
// sponsorships rather than in Reports because the company totals here include it, while Reports already
// reads Sponsorships.
public sealed class RetentionService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<RetentionStats> GetAsync(int? companyId = null, CancellationToken ct = default)
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
        var current = YearMonth.FromDate(Wita.Today(clock));
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

    private static SponsorshipOutcome? OutcomeOfContinuation(FundingSource funding) => funding switch
    {
        FundingSource.Csr => SponsorshipOutcome.Diperpanjang,
        FundingSource.Mandiri => SponsorshipOutcome.Mandiri,
        _ => SponsorshipOutcome.Dialihkan,
    };
}
