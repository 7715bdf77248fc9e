using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Domain.Sponsorships;

// What a worker paying alone owes per month from the hand-over month, and, when the rate table changes it later
// (a PP 50/2025 discount window ending, a new rate version), until when and what after.
public sealed record SelfPaidRate(YearMonth From, long Monthly, YearMonth? Until = null, long? MonthlyAfter = null, string? DiscountBasis = null);

// The WhatsApp reminder an officer sends before sponsored coverage ends. Contribution for month M is
// due by the 15th of M; after about three unpaid months the membership lapses (domain brief).
public static class HandoverMessage
{
    // Far enough to see the end of any discount window a regulation has announced.
    private const int LookAheadMonths = 36;

    // JKK+JKM at the worker's declared income, as a self-paying (Mandiri) participant; null when the rate table
    // cannot price the first month.
    public static SelfPaidRate? RateFrom(IReadOnlyList<RateVersion> rates, long declaredIncome, Sector sector, YearMonth from)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var first = MonthlyOrNull(rates, declaredIncome, sector, from);
        if (first is null)
        {
            return null;
        }

        var basis = first.DiscountBasisPoints > 0
            ? rates.Single(r => r.Id == first.RateVersionId).DiscountWindows.FirstOrDefault(w => w.Covers(sector, from))?.LegalBasis ?? ""
            : null;
        for (var i = 1; i <= LookAheadMonths; i++)
        {
            var month = from.AddMonths(i);
            // A month the table cannot price is not a change the worker can be told about.
            if (MonthlyOrNull(rates, declaredIncome, sector, month) is not { } later)
            {
                break;
            }

            if (later.Total != first.Total)
            {
                return new SelfPaidRate(from, first.Total, month.AddMonths(-1), later.Total, basis);
            }
        }

        return new SelfPaidRate(from, first.Total, DiscountBasis: basis);
    }

    public static string Text(string workerName, string funderName, DateOnly coverageEnds, SelfPaidRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var until = rate is { Until: { } last, MonthlyAfter: { } after }
            ? $" sampai {last.ToDisplayString()}{Reason(rate.DiscountBasis)}, lalu {IndonesianFormat.Rupiah(after)} per bulan mulai {last.AddMonths(1).ToDisplayString()}"
            : "";
        return $"Yth. {workerName}, kepesertaan BPJS Ketenagakerjaan Anda yang dibayar {funderName} berakhir pada {IndonesianFormat.Date(coverageEnds)}. " +
            $"Agar tetap terlindungi (JKK dan JKM), lanjutkan iuran mandiri {IndonesianFormat.Rupiah(rate.Monthly)} per bulan mulai {rate.From.ToDisplayString()}{until}, " +
            "dibayar paling lambat tanggal 15 setiap bulan melalui agen Perisai, kantor BPJS Ketenagakerjaan, atau kanal pembayaran resmi. " +
            "Informasi: Disnakerind Kabupaten Tanah Laut.";
    }

    // wa.me wants the number in international form without "+" (62…).
    public static string WhatsAppLink(string normalisedPhone, string text) =>
        $"https://wa.me/{normalisedPhone}?text={Uri.EscapeDataString(text)}";

    private static string Reason(string? discountBasis) => discountBasis switch
    {
        null => "",
        "" => " (potongan iuran)",
        _ => $" (potongan iuran {discountBasis})",
    };

    private static MonthlyContribution? MonthlyOrNull(IReadOnlyList<RateVersion> rates, long declaredIncome, Sector sector, YearMonth month)
    {
        try
        {
            return ContributionCalculator.Calculate(rates, new ContributionRequest(declaredIncome, sector, false, FundingSource.Mandiri, month, false));
        }
        catch (DomainException)
        {
            return null;
        }
    }
}
