using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Domain.Contributions;

// The stored form of a RateVersion. Admin adds versions as regulations change; a version whose
// amounts were frozen on an issued invoice is locked, because the invoice must stay reproducible.
public class RateVersionRecord : IVersioned
{
    public int Id { get; private set; }

    public YearMonth ValidFrom { get; private set; }

    public YearMonth? ValidTo { get; private set; }

    public int JkkBasisPoints { get; private set; }

    public long JkmFlat { get; private set; }

    public int JhtBasisPoints { get; private set; }

    public long MinimumIncome { get; private set; }

    public string LegalBasis { get; private set; } = "";

    public DateTime? LockedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public List<DiscountWindowRecord> DiscountWindows { get; private set; } = [];

    private RateVersionRecord()
    {
    }

    public static RateVersionRecord Create(RateTerms terms)
    {
        var record = new RateVersionRecord();
        record.Apply(terms);
        return record;
    }

    public static RateVersionRecord From(RateVersion version)
    {
        var record = Create(new RateTerms(version.ValidFrom, version.ValidTo, version.JkkBasisPoints, version.JkmFlat,
            version.JhtBasisPoints, version.MinimumIncome, version.LegalBasis));
        record.DiscountWindows.AddRange(version.DiscountWindows.Select(DiscountWindowRecord.Of));
        return record;
    }

    public void Change(RateTerms terms)
    {
        if (LockedAtUtc is not null)
        {
            throw new DomainException("Versi tarif ini sudah dipakai pada tagihan yang terbit dan tidak dapat diubah. Tambahkan versi baru.");
        }

        Apply(terms);
    }

    // A successor starts: this version ends the month before. A locked version keeps every month it priced on an
    // issued invoice (lastPricedMonth): those amounts were computed with it, so no other version may claim them.
    public void EndBefore(YearMonth successorStart, YearMonth? lastPricedMonth)
    {
        if (successorStart <= ValidFrom)
        {
            throw new DomainException($"Versi tarif berikutnya harus mulai setelah {ValidFrom.ToDisplayString()}.");
        }

        if (lastPricedMonth is { } priced && priced >= successorStart)
        {
            throw new DomainException(
                $"Versi tarif mulai {ValidFrom.ToDisplayString()} sudah dipakai tagihan yang terbit untuk bulan sampai {priced.ToDisplayString()}, dan jumlah di tagihan itu dihitung dengan versi ini. Versi berikutnya paling cepat mulai {priced.AddMonths(1).ToDisplayString()}.");
        }

        ValidTo = successorStart.AddMonths(-1);
    }

    public void Lock(DateTime nowUtc) => LockedAtUtc ??= nowUtc;

    public RateVersion ToRateVersion() => new()
    {
        Id = Id,
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        JkkBasisPoints = JkkBasisPoints,
        JkmFlat = JkmFlat,
        JhtBasisPoints = JhtBasisPoints,
        MinimumIncome = MinimumIncome,
        LegalBasis = LegalBasis,
        DiscountWindows = [.. DiscountWindows.Select(w => w.ToDiscountWindow())],
    };

    private void Apply(RateTerms terms)
    {
        if (terms.ValidTo is { } to && to < terms.ValidFrom)
        {
            throw new DomainException("Bulan akhir berlaku tidak boleh sebelum bulan mulai.");
        }

        if (terms.JkkBasisPoints is < 0 or > 10_000 || terms.JhtBasisPoints is < 0 or > 10_000)
        {
            throw new DomainException("Persentase iuran harus antara 0% dan 100%.");
        }

        if (terms.JkmFlat < 0 || terms.MinimumIncome <= 0)
        {
            throw new DomainException("Iuran JKM tidak boleh negatif dan penghasilan minimal harus lebih dari nol.");
        }

        if (terms.JkmFlat > RupiahText.MaxAmount || terms.MinimumIncome > RupiahText.MaxAmount)
        {
            throw new DomainException($"Iuran JKM dan penghasilan minimal paling banyak {IndonesianFormat.Rupiah(RupiahText.MaxAmount)}.");
        }

        ValidFrom = terms.ValidFrom;
        ValidTo = terms.ValidTo;
        JkkBasisPoints = terms.JkkBasisPoints;
        JkmFlat = terms.JkmFlat;
        JhtBasisPoints = terms.JhtBasisPoints;
        MinimumIncome = terms.MinimumIncome;
        LegalBasis = terms.LegalBasis.Trim();
    }
}

public sealed record RateTerms(
    YearMonth ValidFrom, YearMonth? ValidTo, int JkkBasisPoints, long JkmFlat, int JhtBasisPoints, long MinimumIncome, string LegalBasis);

public class DiscountWindowRecord
{
    public int Id { get; private set; }

    public int RateVersionRecordId { get; private set; }

    public Sector Sector { get; private set; }

    public YearMonth From { get; private set; }

    public YearMonth To { get; private set; }

    public int DiscountBasisPoints { get; private set; }

    // Comma-separated FundingSource names, e.g. "Apbd,Apbn,Apbdes".
    public string ExcludedFundingSources { get; private set; } = "";

    public string LegalBasis { get; private set; } = "";

    public static DiscountWindowRecord Of(DiscountWindow window) => new()
    {
        Sector = window.Sector,
        From = window.From,
        To = window.To,
        DiscountBasisPoints = window.DiscountBasisPoints,
        ExcludedFundingSources = string.Join(',', window.ExcludedFundingSources),
        LegalBasis = window.LegalBasis,
    };

    public DiscountWindow ToDiscountWindow() => new(
        Sector, From, To, DiscountBasisPoints,
        [.. ExcludedFundingSources.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<FundingSource>)],
        LegalBasis);
}

// Programme-wide switches that are policy, not regulation.
public class ProgrammeSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;

    // PP 50/2025 is unclear on CSR-paid workers (domain brief: confirm); off until the office decides.
    public bool ApplyDiscountToCsr { get; set; }

    public Guid Version { get; set; }
}
