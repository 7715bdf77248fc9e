using System.Globalization;

namespace CsrSponsorship.CircuitLoad;

// What the browser side costs: the proportional set size (Pss, shared pages split among their users) of every process
// descended from this one (Playwright's driver, Chromium and its renderers), the app under measurement excluded.
internal static class BrowserMemory
{
    public static double PssMb(int appPid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && TryParent(dir, out var parent))
            {
                parents[pid] = parent;
            }
        }

        var self = Environment.ProcessId;
        double total = 0;
        foreach (var pid in parents.Keys.Where(pid => pid != self && DescendsFrom(pid, self, appPid, parents)))
        {
            total += Pss(pid);
        }

        return Math.Round(total / 1024);
    }

    private static bool DescendsFrom(int pid, int ancestor, int excluded, Dictionary<int, int> parents)
    {
        for (var current = pid; parents.TryGetValue(current, out var parent) && current > 1; current = parent)
        {
            if (current == excluded)
            {
                return false;
            }

            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParent(string dir, out int parent)
    {
        parent = 0;
        try
        {
            // "pid (comm) state ppid ...": the name may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out parent);
        }
        catch (IOException)
        {
            return false; // the process ended meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static double Pss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
