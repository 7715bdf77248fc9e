using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Numbering;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Demo;

// A year of programme history for the demo, made with the same domain verbs the app uses: per company,
// sponsorships that ended months ago (billed, paid, most with a hand-over outcome), coverage ending this
// month, coverage running, a batch billed and awaiting payment, and a batch just submitted. Months are
// relative to today so the demo always looks current.
internal static class DemoSponsorshipSeeder
{
    private static readonly SponsorshipOutcome?[] EndedOutcomes =
    [
        SponsorshipOutcome.Mandiri, SponsorshipOutcome.Mandiri, SponsorshipOutcome.Mandiri, SponsorshipOutcome.Mandiri,
        SponsorshipOutcome.Diperpanjang, SponsorshipOutcome.Diperpanjang, SponsorshipOutcome.Nonaktif, SponsorshipOutcome.Nonaktif,
        SponsorshipOutcome.Dialihkan, null,
    ];

    // (workers per company, start relative to this month, billed, paid)
    private static readonly (int Count, int StartOffset, bool Billed, bool Paid)[] Groups =
    [
        (10, -10, true, true),
        (8, -5, true, true),
        (8, -2, true, true),
        (6, 1, true, false),
        (8, 1, false, false),
    ];

    public static async Task SeedAsync(AppDbContext db, string csrUserId, string officeUserId, string financeUserId, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Wita.Today(clock);
        var current = YearMonth.FromDate(today);
        var rates = (await db.RateVersions.AsNoTracking().Include(r => r.DiscountWindows).ToListAsync(ct)).Select(r => r.ToRateVersion()).ToList();
        var companies = await db.Companies.AsNoTracking().Include(c => c.OperatingDesa).OrderBy(c => c.Id).ToListAsync(ct);
        // Not tracked: every SaveChanges scans what the context tracks (versions, audit), and 2,000 workers made each of
        // the ~100 saves below slow. The few that change are loaded again, tracked, when they do.
        var workers = await db.Workers.AsNoTracking().Where(w => w.Status == WorkerStatus.Terverifikasi).OrderBy(w => w.Id).ToListAsync(ct);
        var used = new HashSet<int>();

        // Pick the workers first (nearest to each company), then create the groups in date order so that
        // invoice numbers run chronologically across companies, as they would have been issued.
        var plan = new List<(int CompanyId, int Group, List<Worker> Workers)>();
        foreach (var company in companies)
        {
            var desa = company.OperatingDesa.Select(d => d.DesaCode).ToHashSet(StringComparer.Ordinal);
            var kecamatan = desa.Select(d => d[..8]).ToHashSet(StringComparer.Ordinal);
            var near = workers.Where(w => !used.Contains(w.Id))
                .OrderBy(w => desa.Contains(w.DesaCode) ? 0 : kecamatan.Contains(w.KecamatanCode) ? 1 : 2)
                .ThenBy(w => w.Id)
                .Take(Groups.Sum(g => g.Count))
                .ToList();
            used.UnionWith(near.Select(w => w.Id));
            var index = 0;
            for (var g = 0; g < Groups.Length; g++)
            {
                plan.Add((company.Id, g, near.Skip(index).Take(Groups[g].Count).ToList()));
                index += Groups[g].Count;
            }
        }

        // Runs inside the demo seeder's transaction, which document numbering requires: all of it or none.
        var reference = 0;
        var first = true;
        var addressees = companies.ToDictionary(c => c.Id, DocumentAddressee.Of);
        foreach (var (companyId, g, members) in plan.Where(p => p.Workers.Count > 0).OrderBy(p => Groups[p.Group].StartOffset).ThenBy(p => p.CompanyId))
        {
            // Each group ends with a save, so the previous group's entities can go (they are never touched again).
            if (!first)
            {
                db.ChangeTracker.Clear();
            }

            first = false;
            var (_, offset, billed, paid) = Groups[g];
            var start = current.AddMonths(offset);
            // Never later than today: a batch starting next month is "submitted" today at the latest.
            var submitted = Min(start.FirstDay.AddDays(-25), today);
            // Saved in name order, as an adoption saves its rows: the sponsorship list shows one submission in that order.
            var sponsorships = members.OrderBy(w => w.NormalizedName, StringComparer.Ordinal).ThenBy(w => w.Id).Select(w =>
            {
                var sector = Occupations.Find(w.OccupationCode)?.Sector ?? Sector.NonTransport;
                var cost = ContributionCalculator.CalculatePeriod(rates, new ContributionRequest(w.DeclaredIncome, sector, false, FundingSource.Csr, start, false), 6);
                // Created as of the day it was submitted, the way the record would have been made then.
                return Sponsorship.Create(
                    new SponsorshipTerms(Guid.NewGuid(), companyId, w.Id, FundingSource.Csr, null, false, start, 6),
                    cost.Total, csrUserId, At(submitted, now), YearMonth.FromDate(submitted));
            }).ToList();
            db.Sponsorships.AddRange(sponsorships);
            await db.SaveChangesAsync(ct);
            if (!billed)
            {
                continue;
            }

            // Billed a few days after submission, due on the 10th of the month before coverage (or two weeks later).
            var issued = Min(submitted.AddDays(3), today);
            var due = Max(start.AddMonths(-1).FirstDay.AddDays(9), issued.AddDays(14));
            var content = await InvoiceService.PriceAsync(db, sponsorships, ct);
            var invoice = Invoice.Draft(companyId, content, due, null, issued, officeUserId, At(issued, now));
            db.Invoices.Add(invoice);
            invoice.Issue(await DocumentNumbers.AllocateAsync(db, DocumentTypes.Invoice, issued, ct), issued, content, addressees[companyId], officeUserId, At(issued, now));
            sponsorships.ForEach(s => s.MarkInvoiced());
            foreach (var rate in await db.RateVersions.Where(r => content.RateVersionIds.Contains(r.Id)).ToListAsync(ct))
            {
                rate.Lock(now);
            }

            await db.SaveChangesAsync(ct);
            if (!paid)
            {
                continue;
            }

            var paidOn = Min(due.AddDays(-2), today);
            var payment = Payment.Record(invoice.Id, paidOn, invoice.Total, PaymentMethod.TransferBpjs,
                string.Create(CultureInfo.InvariantCulture, $"TRF{paidOn:yyyyMMdd}{++reference:0000}"), null, financeUserId, At(paidOn, now), today);
            invoice.RecordPayment(payment);
            payment.IssueReceipt(await DocumentNumbers.AllocateAsync(db, DocumentTypes.Receipt, paidOn, ct), paidOn, addressees[companyId]);
            db.Payments.Add(payment);
            invoice.MarkCoverageActivated(At(paidOn, now));
            var ids = members.Select(w => w.Id).ToList();
            var changing = await db.Workers.Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
            foreach (var s in sponsorships)
            {
                s.MarkPaid();
                changing[s.WorkerId].MarkSponsored();
            }

            if (offset == Groups[0].StartOffset)
            {
                for (var i = 0; i < sponsorships.Count && i < EndedOutcomes.Length; i++)
                {
                    if (EndedOutcomes[i] is not { } outcome)
                    {
                        continue;
                    }

                    sponsorships[i].RecordOutcome(outcome, null, officeUserId, now, current);
                    var worker = changing[sponsorships[i].WorkerId];
                    if (outcome == SponsorshipOutcome.Mandiri)
                    {
                        worker.MarkContinuingAlone();
                    }
                    else if (outcome == SponsorshipOutcome.Nonaktif)
                    {
                        worker.MarkLapsed();
                    }
                }
            }

            await db.SaveChangesAsync(ct);
        }
    }

    // 10.00 WITA on that day, but never later than the moment the demo is made: seeded at 08.21 WITA, today's
    // records must not say "Diajukan … 10.00 WITA".
    private static DateTime At(DateOnly witaDate, DateTime nowUtc)
    {
        var tenOClock = witaDate.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        return tenOClock < nowUtc ? tenOClock : nowUtc;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
