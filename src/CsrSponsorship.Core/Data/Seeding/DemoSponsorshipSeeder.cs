using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Data.Seeding;

// A year of programme history for the demo: per company, sponsorships that ended months ago (most
// with a recorded hand-over outcome), some ending this month, some running, some billed and some
// just submitted. Months are relative to today so the demo always looks current.
internal static class DemoSponsorshipSeeder
{
    private static readonly SponsorshipOutcome?[] EndedOutcomes =
    [
        SponsorshipOutcome.Mandiri, SponsorshipOutcome.Mandiri, SponsorshipOutcome.Mandiri, SponsorshipOutcome.Mandiri,
        SponsorshipOutcome.Diperpanjang, SponsorshipOutcome.Diperpanjang, SponsorshipOutcome.Nonaktif, SponsorshipOutcome.Nonaktif,
        SponsorshipOutcome.Dialihkan, null,
    ];

    public static async Task SeedAsync(AppDbContext db, string csrUserId, string officeUserId, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = YearMonth.FromDate(Wita.Today(clock));
        var rates = (await db.RateVersions.AsNoTracking().Include(r => r.DiscountWindows).ToListAsync(ct)).Select(r => r.ToRateVersion()).ToList();
        var companies = await db.Companies.AsNoTracking().Include(c => c.OperatingDesa).OrderBy(c => c.Id).ToListAsync(ct);
        var workers = await db.Workers.Where(w => w.Status == WorkerStatus.Terverifikasi).OrderBy(w => w.Id).ToListAsync(ct);
        var used = new HashSet<int>();

        foreach (var company in companies)
        {
            var desa = company.OperatingDesa.Select(d => d.DesaCode).ToHashSet(StringComparer.Ordinal);
            var kecamatan = desa.Select(d => d[..8]).ToHashSet(StringComparer.Ordinal);
            var near = workers.Where(w => !used.Contains(w.Id))
                .OrderBy(w => desa.Contains(w.DesaCode) ? 0 : kecamatan.Contains(w.KecamatanCode) ? 1 : 2)
                .ThenBy(w => w.Id)
                .Take(40)
                .ToList();
            var index = 0;
            Sponsorship Add(Worker worker, YearMonth start, int months)
            {
                used.Add(worker.Id);
                var terms = new SponsorshipTerms(Guid.NewGuid(), company.Id, worker.Id, FundingSource.Csr, null, false, start, months);
                var sector = Occupations.Find(worker.OccupationCode)?.Sector ?? Sector.NonTransport;
                var cost = ContributionCalculator.CalculatePeriod(rates, new ContributionRequest(worker.DeclaredIncome, sector, false, FundingSource.Csr, start, false), months);
                // Created as of the month it was submitted, the way the record would have been made then.
                var created = Sponsorship.Create(terms, cost.Total, csrUserId, start.FirstDay.AddDays(-20).ToDateTime(TimeOnly.MinValue), start);
                db.Sponsorships.Add(created);
                return created;
            }

            foreach (var outcome in EndedOutcomes)
            {
                if (index >= near.Count)
                {
                    break;
                }

                var worker = near[index++];
                var s = Add(worker, current.AddMonths(-10), 6);
                s.MarkInvoiced();
                s.MarkPaid();
                worker.MarkSponsored();
                if (outcome is { } o)
                {
                    s.RecordOutcome(o, null, officeUserId, now, current);
                    if (o == SponsorshipOutcome.Mandiri)
                    {
                        worker.MarkContinuingAlone();
                    }
                    else if (o == SponsorshipOutcome.Nonaktif)
                    {
                        worker.MarkLapsed();
                    }
                }
            }

            foreach (var (count, startOffset, status) in new[] { (8, -5, SponsorshipStatus.Aktif), (8, -2, SponsorshipStatus.Aktif), (6, 1, SponsorshipStatus.Ditagih), (8, 1, SponsorshipStatus.Diajukan) })
            {
                for (var i = 0; i < count && index < near.Count; i++)
                {
                    var worker = near[index++];
                    var s = Add(worker, current.AddMonths(startOffset), 6);
                    if (status is SponsorshipStatus.Ditagih or SponsorshipStatus.Aktif)
                    {
                        s.MarkInvoiced();
                    }

                    if (status == SponsorshipStatus.Aktif)
                    {
                        s.MarkPaid();
                        worker.MarkSponsored();
                    }
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
