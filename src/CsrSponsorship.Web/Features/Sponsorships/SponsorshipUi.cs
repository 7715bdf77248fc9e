using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Sponsorships;
using MudBlazor;

namespace CsrSponsorship.Web.Features.Sponsorships;

internal static class SponsorshipUi
{
    public static Color StatusColor(SponsorshipStatus status) => status switch
    {
        SponsorshipStatus.Diajukan => Color.Info,
        SponsorshipStatus.Ditagih => Color.Warning,
        SponsorshipStatus.Aktif => Color.Success,
        SponsorshipStatus.Berakhir => Color.Default,
        SponsorshipStatus.Batal => Color.Dark,
        _ => Color.Default,
    };

    public static string Period(YearMonth start, YearMonth end) => Core.Documents.Pdf.DocumentText.Period(start, end);

    // The current month and the next twelve: a sponsorship never starts in the past.
    public static IReadOnlyList<YearMonth> StartMonths(TimeProvider clock)
    {
        var current = YearMonth.FromDate(Wita.Today(clock));
        return [.. Enumerable.Range(0, 13).Select(current.AddMonths)];
    }

    // Months a worker may already have paid alone after a sponsorship ended: from the month after its last month up
    // to the current month (decision 0196).
    public static IReadOnlyList<YearMonth> SelfPaidMonths(YearMonth endMonth, TimeProvider clock)
    {
        var current = YearMonth.FromDate(Wita.Today(clock));
        var months = new List<YearMonth>();
        for (var m = endMonth.AddMonths(1); m <= current; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        return months;
    }
}
