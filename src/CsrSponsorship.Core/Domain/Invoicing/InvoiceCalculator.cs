using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Domain.Invoicing;

// What the invoice needs to know about one sponsorship to price it and list the worker.
public sealed record InvoiceWorkerTerms(
    int SponsorshipId, int WorkerId, string WorkerName, string Nik, string DesaName, string OccupationName,
    long DeclaredIncome, Sector Sector, bool IncludeJht, YearMonth StartMonth, int Months);

public sealed record InvoiceContent(IReadOnlyList<InvoiceLine> Lines, IReadOnlyList<InvoiceWorker> Workers, IReadOnlyList<int> RateVersionIds)
{
    public long Total => Lines.Sum(l => l.Amount);
}

// Prices sponsorships month by month with the contribution calculator and folds the worker-months
// into printed lines: one per programme and rate, then the discount lines. Every worker's amount
// and every line are whole rupiah, and the two add up to the same total.
public static class InvoiceCalculator
{
    public static InvoiceContent Calculate(IReadOnlyList<RateVersion> rates, IReadOnlyList<InvoiceWorkerTerms> sponsorships, bool applyCsrDiscount)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(sponsorships);
        var byId = rates.ToDictionary(r => r.Id);
        var entries = new List<(int Worker, Programme Programme, bool Discount, string Description, long Unit)>();
        var workers = new List<InvoiceWorker>();
        var usedRates = new SortedSet<int>();

        foreach (var s in sponsorships)
        {
            var request = new ContributionRequest(s.DeclaredIncome, s.Sector, s.IncludeJht, FundingSource.Csr, s.StartMonth, applyCsrDiscount);
            var period = ContributionCalculator.CalculatePeriod(rates, request, s.Months);
            foreach (var m in period.Months)
            {
                var rate = byId[m.RateVersionId];
                usedRates.Add(rate.Id);
                entries.Add((s.WorkerId, Programme.Jkk, false, $"JKK {Percent(rate.JkkBasisPoints)} × penghasilan {IndonesianFormat.Rupiah(s.DeclaredIncome)}", m.Jkk));
                entries.Add((s.WorkerId, Programme.Jkm, false, $"JKM {IndonesianFormat.Rupiah(rate.JkmFlat)} per bulan", m.Jkm));
                if (s.IncludeJht)
                {
                    entries.Add((s.WorkerId, Programme.Jht, false, $"JHT {Percent(rate.JhtBasisPoints)} × penghasilan {IndonesianFormat.Rupiah(s.DeclaredIncome)}", m.Jht));
                }

                if (m.Discount > 0)
                {
                    var basis = rate.DiscountWindows.FirstOrDefault(w => w.Covers(s.Sector, m.Month))?.LegalBasis;
                    var suffix = string.IsNullOrWhiteSpace(basis) ? "" : $" ({basis})";
                    entries.Add((s.WorkerId, Programme.Jkk, true, $"Potongan iuran JKK {Percent(m.DiscountBasisPoints)}{suffix}", -m.JkkDiscount));
                    entries.Add((s.WorkerId, Programme.Jkm, true, $"Potongan iuran JKM {Percent(m.DiscountBasisPoints)}{suffix}", -m.JkmDiscount));
                }
            }

            workers.Add(InvoiceWorker.Create(
                s.SponsorshipId, s.WorkerId, s.WorkerName, NikMask.Mask(s.Nik), s.DesaName, s.OccupationName, request.Programmes,
                s.StartMonth, s.Months, period.Total));
        }

        var lines = entries
            .Where(e => e.Unit != 0)
            .GroupBy(e => (e.Programme, e.Discount, e.Description, e.Unit))
            .OrderBy(g => g.Key.Discount).ThenBy(g => g.Key.Programme).ThenByDescending(g => Math.Abs(g.Key.Unit)).ThenBy(g => g.Key.Description, StringComparer.Ordinal)
            .Select((g, i) => InvoiceLine.Create(i + 1, g.Key.Programme, g.Key.Discount, g.Key.Description,
                g.Select(e => e.Worker).Distinct().Count(), g.Count(), g.Key.Unit))
            .ToList();

        var content = new InvoiceContent(lines, workers, [.. usedRates]);
        if (content.Total != workers.Sum(w => w.Amount))
        {
            throw new InvalidOperationException("Invoice lines and worker amounts disagree.");
        }

        return content;
    }

    // Basis points as an Indonesian percentage: 100 → "1%", 50 → "0,5%", 5000 → "50%".
    public static string Percent(int basisPoints)
    {
        var whole = basisPoints / 100;
        var fraction = basisPoints % 100;
        return fraction == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{whole}%")
            : string.Create(CultureInfo.InvariantCulture, $"{whole},{fraction:00}").TrimEnd('0') + "%";
    }
}
