using System.Diagnostics;
using System.Globalization;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Reports;

namespace CsrSponsorship.Benchmarks.Scale;

// Peak memory of one document, in a process of its own: the tool starts itself with the hidden `scale-probe`
// sub-command on the same database, which renders the document once and prints its peak working set (VmHWM, read by
// Process.PeakWorkingSet64, reset after start-up so the seed and the parent's runs do not count).
public static class PeakProbe
{
    public const string Command = "scale-probe";

    private const string Prefix = "peak_mb=";

    public static async Task<double> MeasureAsync(ScaleDatabase database, string document, string argument)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var self = typeof(PeakProbe).Assembly.Location;
        if (System.IO.Path.GetFileNameWithoutExtension(Environment.ProcessPath) == System.IO.Path.GetFileNameWithoutExtension(self))
        {
            start.FileName = Environment.ProcessPath!;
        }
        else
        {
            // Under dotnet (a test host, `dotnet exec`): the same runtime runs this assembly from its own folder.
            start.FileName = DotnetHost();
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(self);
        }

        foreach (var a in (string[])[Command, document, argument, database.Path, database.Postgres ?? ""])
        {
            start.ArgumentList.Add(a);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the peak probe");
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        var line = (await output).Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return child.ExitCode == 0 && line is not null
            ? double.Parse(line[Prefix.Length..], CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"peak probe for {document} failed ({child.ExitCode}): {await error}");
    }

    // The child's side: `scale-probe letter <letterId> <path> <postgres>` or `scale-probe excel <yyyymm> <path> <postgres>`.
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var (document, argument, path, postgres) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), args[2], args[3]);
        await using var app = await ScaleDatabase.Existing(path, postgres.Length == 0 ? null : postgres).StartAppAsync();
        Func<Task<int>> render = document switch
        {
            "letter" => async () => (await app.Get<LetterDocumentService>().CombinedPdfAsync(argument)).Content.Length,
            "excel" => async () => (await app.Get<ReportService>().PesertaDisponsoriAsync(YearMonth.FromNumber(argument))).Content.Length,
            _ => throw new ArgumentException($"unknown document {document}"),
        };
        app.ActAs(document == "letter" ? Roles.Disnakerind : Roles.Keuangan);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (File.Exists("/proc/self/clear_refs"))
        {
            // "5" resets the kernel's high-water mark to the current resident set.
            await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        }

        // The started app's own resident set, where the peak starts from (at 1M on SQLite about 133 MB: the runtime, the
        // mapped assemblies and the EF model, before any row is read).
        var start = File.Exists("/proc/self/status")
            ? (await File.ReadAllLinesAsync("/proc/self/status")).FirstOrDefault(l => l.StartsWith("VmRSS", StringComparison.Ordinal))
            : null;
        var clock = Stopwatch.StartNew();
        var bytes = await render();
        if (start is not null)
        {
            Console.WriteLine($"before rendering: {string.Join(' ', start.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))}");
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{document}: {bytes:N0} bytes in {clock.Elapsed.TotalSeconds:0.00} s"));
        if (File.Exists("/proc/self/status"))
        {
            // What the resident set is made of at the end: the heap and the runtime (anonymous) against pages of files
            // mapped in (the SQLite database under its mmap_size, the assemblies).
            var status = await File.ReadAllLinesAsync("/proc/self/status");
            Console.WriteLine(string.Join(", ", status.Where(l => l.StartsWith("VmHWM", StringComparison.Ordinal) || l.StartsWith("Rss", StringComparison.Ordinal))
                .Select(l => string.Join(' ', l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{process.PeakWorkingSet64 / 1_048_576.0:0.0}"));
        return 0;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : System.IO.Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
