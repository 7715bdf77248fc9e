using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Sponsorships;

namespace CsrSponsorship.Benchmarks.Scale;

// Decided before any row is written, so a worker's registry status can follow what happens to his sponsorship:
// every fifth worker (the first ones) is sponsored by a company, from 18 months ago to 2 months ahead; sponsorships of
// one company starting in one month are invoiced together, ten at most; most invoices are issued and most of those paid.
// The first `writers` invoices stay issued and unpaid: the payment writers record on them.
public sealed class SponsorshipPlan
{
    public const int PerInvoice = 10;

    private SponsorshipPlan(IReadOnlyList<Planned> sponsorships, IReadOnlyList<PlannedInvoice> invoices)
    {
        Sponsorships = sponsorships;
        Invoices = invoices;
    }

    public IReadOnlyList<Planned> Sponsorships { get; }

    public IReadOnlyList<PlannedInvoice> Invoices { get; }

    public static SponsorshipPlan Make(ScaleOptions options, YearMonth current, Random random)
    {
        var sponsorships = new List<Planned>(options.Sponsorships);
        for (var i = 0; i < options.Sponsorships; i++)
        {
            var start = current.AddMonths(random.Next(-18, 3));
            var months = Sponsorship.AllowedMonths[random.Next(Sponsorship.AllowedMonths.Count)];
            sponsorships.Add(new Planned(i + 1, WorkerId: i + 1, CompanyId: (i % options.Companies) + 1, start, months));
        }

        var invoices = new List<PlannedInvoice>();
        foreach (var group in sponsorships.GroupBy(s => (s.CompanyId, s.Start)))
        {
            foreach (var chunk in group.Chunk(PerInvoice))
            {
                var k = invoices.Count;
                var reserved = k < options.PaymentWriters;
                if (!reserved && random.Next(10) == 0)
                {
                    // Proposed, not yet invoiced.
                    continue;
                }

                var paid = !reserved && chunk[0].Start <= current && random.Next(20) != 0;
                foreach (var s in chunk)
                {
                    s.Invoiced = true;
                    s.Paid = paid;
                }

                invoices.Add(new PlannedInvoice(k + 1, chunk[0].CompanyId, chunk[0].Start, chunk, paid));
            }
        }

        if (invoices.Count < options.PaymentWriters)
        {
            throw new ArgumentException($"only {invoices.Count} invoices for {options.PaymentWriters} payment writers: seed more workers");
        }

        return new SponsorshipPlan(sponsorships, invoices);
    }

    public sealed record Planned(int Id, int WorkerId, int CompanyId, YearMonth Start, int Months)
    {
        public bool Invoiced { get; set; }

        public bool Paid { get; set; }
    }

    public sealed record PlannedInvoice(int Id, int CompanyId, YearMonth Start, IReadOnlyList<Planned> Sponsorships, bool Paid);
}
