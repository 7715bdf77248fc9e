using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Contributions;

// From the first version on, every month has exactly one rate version: versions follow each other without
// overlap or gap, and only the last is open-ended (a regulation stays in force until the next one replaces it).
// Months before the first version have no rate; that is the only gap there is. Checked on every change.
public static class RateTimeline
{
    public static void Validate(IEnumerable<(YearMonth From, YearMonth? To)> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var ordered = versions.OrderBy(v => v.From).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var (from, to) = ordered[i];
            if (i == ordered.Count - 1)
            {
                if (to is not null)
                {
                    throw new DomainException(
                        $"Versi tarif terakhir (mulai {from.ToDisplayString()}) harus berlaku tanpa bulan akhir: peraturan berlaku sampai ada penggantinya. Untuk mengakhirinya, tambahkan versi baru.");
                }

                break;
            }

            var next = ordered[i + 1].From;
            if (to is not { } end || end >= next)
            {
                throw new DomainException(
                    $"Versi tarif mulai {from.ToDisplayString()} dan versi mulai {next.ToDisplayString()} tumpang tindih mulai {next.ToDisplayString()}: setiap bulan hanya boleh punya satu versi tarif. Versi mulai {from.ToDisplayString()} harus berakhir {next.AddMonths(-1).ToDisplayString()}.");
            }

            if (end.AddMonths(1) < next)
            {
                throw new DomainException(
                    $"Antara versi tarif mulai {from.ToDisplayString()} dan versi mulai {next.ToDisplayString()} tidak ada tarif untuk {end.AddMonths(1).ToDisplayString()}–{next.AddMonths(-1).ToDisplayString()}. Versi mulai {from.ToDisplayString()} harus berakhir {next.AddMonths(-1).ToDisplayString()}.");
            }
        }
    }
}
