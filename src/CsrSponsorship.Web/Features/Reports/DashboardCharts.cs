using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;
using MudBlazor;

namespace CsrSponsorship.Web.Features.Reports;

// Turns the dashboard records into MudChart series; no figures are computed here, only placed.
internal static class DashboardCharts
{
    public static List<ChartSeries<double>> Series(params (string Name, IEnumerable<double> Values)[] series) =>
        [.. series.Select(s => new ChartSeries<double> { Name = s.Name, Data = new ChartData<double>(s.Values.ToList()) })];

    public static string[] MonthLabels(IEnumerable<YearMonth> months) =>
        [.. months.Select(m => IndonesianFormat.MonthName(m.Month)[..3] + " " + (m.Year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture))];

    // Chart axes in millions of rupiah; the exact amounts are in the cards and tables beside them.
    public static double Millions(long rupiah) => Math.Round(rupiah / 1_000_000d, 2);
}
