using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.CircularLetters;

// The response report of a distributed letter, read from sponsorships, invoices and payments rather than typed in.
public sealed class LetterFunnelService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    private readonly LetterAccess access = new(factory, currentUser, clock);

    public async Task<LetterFunnel> FunnelAsync(int id, CancellationToken ct = default)
    {
        await access.RequireOfficeAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await db.CircularLetters.AsNoTracking().Include(l => l.Recipients).SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new NotFoundException("Surat edaran");
        var recipients = letter.Recipients;
        var ids = recipients.Select(r => r.CompanyId).ToList();
        var adopters = new HashSet<int>();
        var invoiced = 0;
        var paid = 0;
        var covered = 0;
        if (letter.SignedAtUtc is { } signed && ids.Count > 0)
        {
            // A response is what an addressee did after the signing instant (decision 0132): the sponsorships it
            // adopted from then on, and how far those got. Activity earlier the same day, or billed later but
            // adopted before, answered something else.
            var adopted = db.Sponsorships.AsNoTracking()
                .Where(s => s.CompanyId != null && ids.Contains(s.CompanyId.Value) && s.Funding == FundingSource.Csr && s.CreatedAtUtc >= signed);
            adopters = [.. await adopted.Where(s => s.Status != SponsorshipStatus.Batal).Select(s => s.CompanyId!.Value).Distinct().ToListAsync(ct)];
            var billed =
                from s in adopted
                join b in db.InvoiceWorkers.AsNoTracking() on s.Id equals b.SponsorshipId
                join i in db.Invoices.AsNoTracking() on b.InvoiceId equals i.Id
                where !b.Released && (i.Status == InvoiceStatus.Terbit || i.Status == InvoiceStatus.SebagianDibayar || i.Status == InvoiceStatus.Lunas)
                select new { CompanyId = s.CompanyId!.Value, i.Status };
            invoiced = await billed.Select(b => b.CompanyId).Distinct().CountAsync(ct);
            paid = await billed.Where(b => b.Status == InvoiceStatus.Lunas || b.Status == InvoiceStatus.SebagianDibayar)
                .Select(b => b.CompanyId).Distinct().CountAsync(ct);
            covered = await adopted.Where(s => s.Status == SponsorshipStatus.Aktif || s.Status == SponsorshipStatus.Berakhir)
                .Select(s => s.WorkerId).Distinct().CountAsync(ct);
        }

        // An adoption after the letter is an answer and a commitment even when nobody typed one in, so every stage
        // counts at least the companies of the stage after it.
        bool Responded(LetterRecipient r) => r.HasResponded || adopters.Contains(r.CompanyId);
        var contacts = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.ContactPhone, c.ContactEmail }, ct);
        return new LetterFunnel(
            recipients.Count,
            recipients.Count(Responded),
            recipients.Count(r => r.PledgedWorkers is not null || adopters.Contains(r.CompanyId)),
            invoiced,
            paid,
            covered,
            recipients.Sum(r => r.PledgedWorkers ?? 0),
            [.. recipients.Where(r => !Responded(r)).OrderBy(r => r.CompanyName).Select(r => new FunnelCompany(
                r.CompanyId, r.CompanyName, contacts.GetValueOrDefault(r.CompanyId)?.ContactPhone, contacts.GetValueOrDefault(r.CompanyId)?.ContactEmail, r.LastReminderOn))])
        {
            CountedFromUtc = letter.SignedAtUtc,
        };
    }
}
