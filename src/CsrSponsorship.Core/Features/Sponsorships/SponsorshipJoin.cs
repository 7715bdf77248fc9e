using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Sponsorships;

// A sponsorship with its worker and the funding company's name: what the list, the detail page and the
// hand-over lists all read.
internal sealed class SponsorshipJoin
{
    public required Sponsorship S { get; init; }

    public required Worker W { get; init; }

    public string? CompanyName { get; init; }

    public static IQueryable<SponsorshipJoin> From(AppDbContext db) =>
        from s in db.Sponsorships.AsNoTracking()
        join w in db.Workers.AsNoTracking() on s.WorkerId equals w.Id
        join c in db.Companies.AsNoTracking() on s.CompanyId equals c.Id into companies
        from c in companies.DefaultIfEmpty()
        select new SponsorshipJoin { S = s, W = w, CompanyName = c == null ? null : c.LegalName };
}
