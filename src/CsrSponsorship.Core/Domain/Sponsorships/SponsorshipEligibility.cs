using System.Linq.Expressions;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Domain.Sponsorships;

// Who may be covered for a run of months, whoever pays: a verified registration, a home in the programme area
// (Jorong and Kintap; data), and an age within the regency limits (18–65, configurable) on the first day of the
// first month and on the last day of the last. Every path that creates covered months asks this one rule: the
// adoption list runs these expressions as SQL, extension and other-funder coverage compile them to say why not.
public sealed class SponsorshipEligibility
{
    // Disponsori and Mandiri workers were verified before; Terdaftar is not yet, Nonaktif no longer.
    private static readonly List<WorkerStatus> Verified = [WorkerStatus.Terverifikasi, WorkerStatus.Disponsori, WorkerStatus.Mandiri];

    private readonly List<string> programmeArea;
    private readonly int minAge;
    private readonly int maxAge;
    private readonly YearMonth first;
    private readonly YearMonth last;
    private readonly DateOnly bornOnOrBefore;
    private readonly DateOnly bornAfter;
    private (Func<Worker, bool> Verified, Func<Worker, bool> InArea, Func<Worker, bool> OfAge)? compiled;

    public SponsorshipEligibility(WorkerRulesOptions rules, IEnumerable<string> programmeArea, YearMonth first, YearMonth last)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(programmeArea);
        this.programmeArea = [.. programmeArea];
        minAge = rules.MinAge;
        maxAge = rules.MaxAge;
        this.first = first;
        this.last = last;
        bornOnOrBefore = first.FirstDay.AddYears(-minAge);
        bornAfter = last.LastDay.AddYears(-(maxAge + 1));
    }

    public static Expression<Func<Worker, bool>> IsVerified { get; } = w => Verified.Contains(w.Status);

    // CSR adoption only: a worker whose registration says he pays alone is not offered (decision 0196). Other funders
    // may still cover him, and his recorded self-paid months block everyone through the covered months.
    public static Expression<Func<Worker, bool>> NotPayingAlone { get; } = w => w.Status != WorkerStatus.Mandiri;

    // The CSR-only refusal beside Refusal: null unless he pays alone; names his last recorded self-paid month if known.
    public static string? PayingAloneRefusal(Worker worker, YearMonth? lastSelfPaid = null)
    {
        ArgumentNullException.ThrowIfNull(worker);
        if (worker.Status != WorkerStatus.Mandiri)
        {
            return null;
        }

        return lastSelfPaid is { } last ? $"membayar iuran mandiri, tercatat sampai {last.ToDisplayString()}" : "membayar iuran mandiri";
    }

    public Expression<Func<Worker, bool>> LivesInProgrammeArea => w => programmeArea.Contains(w.KecamatanCode);

    public Expression<Func<Worker, bool>> IsOfAge => w => w.BirthDate <= bornOnOrBefore && w.BirthDate > bornAfter;

    // What a company may see of the register at all, whatever the months.
    public IQueryable<Worker> Registered(IQueryable<Worker> workers) => workers.Where(IsVerified).Where(LivesInProgrammeArea);

    public IQueryable<Worker> Apply(IQueryable<Worker> workers) => Registered(workers).Where(IsOfAge);

    // Null when eligible; otherwise the reason in the words the officer reads.
    public string? Refusal(Worker worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        compiled ??= (IsVerified.Compile(), LivesInProgrammeArea.Compile(), IsOfAge.Compile());
        var (verified, inArea, ofAge) = compiled.Value;
        if (!verified(worker))
        {
            return worker.Status == WorkerStatus.Terdaftar ? "belum diverifikasi Disnakerind" : $"berstatus {WorkerLabels.Status(worker.Status)}";
        }

        if (!inArea(worker))
        {
            return "berdomisili di luar wilayah program";
        }

        if (ofAge(worker))
        {
            return null;
        }

        return worker.BirthDate > bornOnOrBefore
            ? $"belum berusia {minAge} tahun pada {IndonesianFormat.Date(first.FirstDay)}"
            : $"berusia {Age.On(worker.BirthDate, last.LastDay)} tahun pada {IndonesianFormat.Date(last.LastDay)} (batas {minAge}–{maxAge} tahun)";
    }
}

// Workers refused by the eligibility rule, each with the reason; nothing was saved.
public sealed class IneligibleWorkersException(IReadOnlyList<(string Name, string Reason)> refused)
    : DomainException("Pekerja berikut tidak memenuhi syarat kepesertaan untuk bulan yang dipilih: "
        + string.Join("; ", refused.Select(r => $"{r.Name} ({r.Reason})")) + ". Tidak ada yang disimpan.")
{
    public IReadOnlyList<string> WorkerNames { get; } = [.. refused.Select(r => r.Name)];
}
