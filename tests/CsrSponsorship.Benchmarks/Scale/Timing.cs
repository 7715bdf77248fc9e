using System.Diagnostics;

namespace CsrSponsorship.Benchmarks.Scale;

public static class Timing
{
    // One untimed call (JIT, first connection, plan cache), then the median of `runs` timed calls, in milliseconds.
    // Calls of seconds skip the warm-up: it is lost in them, and would cost as much as a run.
    public static async Task<double> MedianMsAsync(int runs, Func<int, Task> call, bool warmUp = true)
    {
        if (warmUp)
        {
            await call(0);
        }

        var times = new List<double>(runs);
        for (var run = 1; run <= runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await call(run);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Median(times);
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    // Nearest rank.
    public static double Percentile(IReadOnlyList<double> sorted, int p) => sorted[Math.Max(0, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
}
