using CsrSponsorship.Core.Domain.Contributions;

namespace CsrSponsorship.Core.Domain.Invoicing;

// A covered worker as printed in the invoice attachment. The full NIK never leaves the worker
// registry: only the masked form is stored here (UU 27/2022 PDP).
public class InvoiceWorker
{
    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public int SponsorshipId { get; private set; }

    public int WorkerId { get; private set; }

    public string WorkerName { get; private set; } = "";

    public string MaskedNik { get; private set; } = "";

    public string DesaName { get; private set; } = "";

    public string OccupationName { get; private set; } = "";

    public Programme Programmes { get; private set; }

    public YearMonth PeriodStart { get; private set; }

    public int Months { get; private set; }

    public long Amount { get; private set; }

    // A cancelled invoice lets go of its sponsorships; the unique index on live rows keeps a
    // sponsorship on at most one live invoice.
    public bool Released { get; private set; }

    public YearMonth PeriodEnd => PeriodStart.AddMonths(Months - 1);

    private InvoiceWorker()
    {
    }

    internal static InvoiceWorker Create(int sponsorshipId, int workerId, string workerName, string maskedNik, string desaName, string occupationName,
        Programme programmes, YearMonth periodStart, int months, long amount) => new()
    {
        SponsorshipId = sponsorshipId,
        WorkerId = workerId,
        WorkerName = workerName,
        MaskedNik = maskedNik,
        DesaName = desaName,
        OccupationName = occupationName,
        Programmes = programmes,
        PeriodStart = periodStart,
        Months = months,
        Amount = amount,
    };

    internal void CopyFrom(InvoiceWorker fresh)
    {
        WorkerName = fresh.WorkerName;
        MaskedNik = fresh.MaskedNik;
        DesaName = fresh.DesaName;
        OccupationName = fresh.OccupationName;
        Programmes = fresh.Programmes;
        PeriodStart = fresh.PeriodStart;
        Months = fresh.Months;
        Amount = fresh.Amount;
    }

    internal void Release() => Released = true;
}
