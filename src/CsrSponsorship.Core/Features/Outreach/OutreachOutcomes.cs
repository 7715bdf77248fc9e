using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Outreach;

// Derives what held sosialisasi brought about, for many at once: one query per kind of fact for all their companies and
// desa, then each activity takes what happened from its own day on (a company that answered a letter before the visit
// was not brought by it).
internal static class OutreachOutcomes
{
    public sealed record Held(int Id, DateTime StartsAtUtc, string DesaCode, IReadOnlyList<int> CompanyIds);

    public static async Task<Dictionary<int, (OutreachOutcome Outcome, IReadOnlyList<CompanyFacts> Companies)>> DeriveAsync(
        AppDbContext db, IReadOnlyList<Held> held, CancellationToken ct)
    {
        var result = new Dictionary<int, (OutreachOutcome, IReadOnlyList<CompanyFacts>)>();
        if (held.Count == 0)
        {
            return result;
        }

        var from = held.Min(h => h.StartsAtUtc);
        var fromDay = DateOnly.FromDateTime(Wita.FromUtc(from));
        var companyIds = held.SelectMany(h => h.CompanyIds).Distinct().ToList();
        var desaCodes = held.Select(h => h.DesaCode).Distinct().ToList();

        var answers = await db.LetterRecipients.AsNoTracking()
            .Where(r => companyIds.Contains(r.CompanyId) && (r.AcknowledgedOn >= fromDay || r.PledgedOn >= fromDay))
            .Select(r => new { r.CompanyId, r.AcknowledgedOn, r.PledgedOn })
            .ToListAsync(ct);
        var adoptions = await db.Sponsorships.AsNoTracking()
            .Where(s => s.CompanyId != null && companyIds.Contains(s.CompanyId.Value) && s.CreatedAtUtc >= from && s.Status != SponsorshipStatus.Batal
                        && s.PreviousSponsorshipId == null)
            .Select(s => new { CompanyId = s.CompanyId!.Value, s.CreatedAtUtc })
            .ToListAsync(ct);
        var payments = await (
                from p in db.Payments.AsNoTracking()
                where p.PaidOn >= fromDay && p.Status == PaymentStatus.Sah
                join i in db.Invoices.AsNoTracking() on p.InvoiceId equals i.Id
                where companyIds.Contains(i.CompanyId)
                select new { i.CompanyId, p.PaidOn })
            .ToListAsync(ct);
        var registrations = await db.Workers.AsNoTracking()
            .Where(w => desaCodes.Contains(w.DesaCode) && w.RegisteredAtUtc >= from)
            .Select(w => new { w.DesaCode, w.RegisteredAtUtc })
            .ToListAsync(ct);

        // Each activity looks only at its own companies' and desa's facts, not at every fact of the period.
        var answersOf = answers.ToLookup(a => a.CompanyId);
        var adoptionsOf = adoptions.ToLookup(a => a.CompanyId);
        var paymentsOf = payments.ToLookup(p => p.CompanyId);
        var registrationsIn = registrations.ToLookup(w => w.DesaCode, w => w.RegisteredAtUtc);
        foreach (var h in held)
        {
            var day = DateOnly.FromDateTime(Wita.FromUtc(h.StartsAtUtc));
            var facts = h.CompanyIds.Select(c => new CompanyFacts(
                    c,
                    answersOf[c].Any(a => a.AcknowledgedOn >= day),
                    answersOf[c].Any(a => a.PledgedOn >= day),
                    adoptionsOf[c].Count(a => a.CreatedAtUtc >= h.StartsAtUtc),
                    paymentsOf[c].Any(p => p.PaidOn >= day)))
                .ToList();
            var windowEnd = h.StartsAtUtc.AddDays(OutreachOutcome.RegistrationWindowDays);
            var registered = registrationsIn[h.DesaCode].Count(at => at >= h.StartsAtUtc && at < windowEnd);
            result[h.Id] = (
                new OutreachOutcome(
                    facts.Count, facts.Count(f => f.Answered), facts.Count(f => f.Pledged), facts.Count(f => f.WorkersAdopted > 0), facts.Count(f => f.Paid),
                    facts.Sum(f => f.WorkersAdopted), registered),
                facts);
        }

        return result;
    }

    public static Held Of(OutreachActivity a) => new(a.Id, a.StartsAtUtc, a.DesaCode, [.. a.Companies.Select(c => c.CompanyId)]);

    public sealed record CompanyFacts(int CompanyId, bool Answered, bool Pledged, int WorkersAdopted, bool Paid);
}
