using MudBlazor.Charts;

namespace CsrSponsorship.Web.Components.Shared;

// MudBlazor labels the vertical axis every 20 units unless told otherwise: a chart of 0–25 showed only "0" and "20",
// one of 0–3 only "0". This gives about five labelled lines on a 1-2-5 step whatever the size of the figures, and
// writes them the Indonesian way (1.500; 2,5).
internal static class ChartAxis
{
    public static T For<T>(T options, params IEnumerable<double>[] values)
        where T : DefaultAxisChartOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.YAxisTicks = Step(values.SelectMany(v => v).DefaultIfEmpty(0).Max());
        options.YAxisToStringFunc = v => v.ToString("#,0.##", AppCulture.Indonesian);
        return options;
    }

    // Whole units: the charts count workers and letters, or show rupiah in millions.
    public static int Step(double max)
    {
        if (max <= 5)
        {
            return 1;
        }

        var raw = max / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var leading = raw / magnitude;
        var nice = leading <= 1 ? 1 : leading <= 2 ? 2 : leading <= 5 ? 5 : 10;
        return (int)(nice * magnitude);
    }
}
