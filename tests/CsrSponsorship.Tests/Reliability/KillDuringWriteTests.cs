using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace CsrSponsorship.Tests.Reliability;

// One database prepared the way `dotnet run` prepares it (migrations, seeds, a year of demo invoices and
// payments); each test works on its own copy.
public sealed class PreparedDatabase : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "csr-tests", "crash-" + Guid.NewGuid().ToString("N"));

    public string Template => Path.Combine(Directory, "prepared.db");

    public TimeSpan PrepareTime { get; private set; }

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var watch = Stopwatch.StartNew();
        var (exit, output) = await CrashHarnessProcess.RunAsync(TimeSpan.FromMinutes(3), "prepare", Template);
        Assert.True(exit == 0, output);
        PrepareTime = watch.Elapsed;
    }

    public string Copy(string name)
    {
        var path = Path.Combine(Directory, name);
        File.Copy(Template, path);
        return path;
    }

    public Task DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}

// Issue 8, "SIGKILL during write": the app's own services write (bulk imports; payments with settlement,
// coverage activation and reversals; adoptions and invoices) in a child process that is killed with
// SIGKILL 20 times per kind of write at random moments while writes are in flight. After every kill the
// harness's `check` runs PRAGMA integrity_check and the invariants on the file and verifies that every
// write the dead process had reported as committed survived. Same thing from the shell:
// tests/reliability/kill-during-write.sh. One class per kind of write, so xUnit runs the two kill loops side by side
// (one class's tests run one after another; the loops were the unit project's longest path).
public abstract class KillDuringWriteTests(PreparedDatabase prepared, ITestOutputHelper output)
{
    private const int Kills = 20;
    protected static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

#pragma warning disable CA5394 // Random only picks kill moments.
    protected Random Random { get; } = new();
#pragma warning restore CA5394

    protected PreparedDatabase Prepared => prepared;

    // Starts the harness, waits for `trigger` (which returns the extra delay in ms), kills it with SIGKILL,
    // checks the file; Kills times. `learn` gets the begin→commit durations seen so far (ms).
    protected async Task<KillRun> KillRepeatedlyAsync(
        string mode, string database, Func<CrashHarnessProcess, Task<int>> trigger, Action<IReadOnlyList<int>> learn)
    {
        var watch = Stopwatch.StartNew();
        var run = new KillRun(mode);
        var logs = new List<string>();
        for (var kill = 1; kill <= Kills; kill++)
        {
            using var harness = CrashHarnessProcess.Start(mode, database);
            var delay = await trigger(harness);
            // The point is a random moment, so this is a real wait (on a writing process), not a test sleep.
            await Task.Delay(delay);
            await harness.KillAsync();
            Assert.Equal(CrashHarnessProcess.KilledBySigkill, harness.ExitCode);

            var log = Path.Combine(Path.GetDirectoryName(database)!, $"{mode}-{kill:00}.log");
            await File.WriteAllLinesAsync(log, harness.Lines);
            logs.Add(log);
            run.Record(harness.Lines);
            learn(run.Durations);

            var (exit, report) = CrashHarnessProcess.CheckHere(database, [log]);
            Assert.True(exit == 0, $"After kill {kill} of {mode} ({harness.Lines.LastOrDefault()}):\n{report}");
            Assert.Contains("integrity ok, 0 integrity errors, 0 broken invariants", report, StringComparison.Ordinal);
        }

        // Once more over every log: nothing a later run did may have undone an earlier run's commits.
        var (finalExit, final) = CrashHarnessProcess.CheckHere(database, logs);
        Assert.True(finalExit == 0, final);
        run.Final = final.Split('\n')[^1];
        run.Elapsed = watch.Elapsed;
        output.WriteLine(run.Summary);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prepare (shared by the tests of this class): {prepared.PrepareTime.TotalSeconds:0.0} s"));
        // Measured 70–100 % of kills land while a write is in flight; a quarter keeps the test meaningful without being flaky.
        Assert.True(run.InFlight >= Kills / 4, $"Too few kills landed while a write was in flight: {run.Summary}");
        return run;
    }

    protected sealed class KillRun(string mode)
    {
        private readonly Dictionary<string, int> commits = new(StringComparer.Ordinal);

        public List<int> Durations { get; } = [];

        public int InFlight { get; private set; }

        public int Kills { get; private set; }

        public string Final { get; set; } = "";

        public TimeSpan Elapsed { get; set; }

        public int Commits(string op) => commits.GetValueOrDefault(op);

        public string Summary => string.Create(CultureInfo.InvariantCulture,
            $"{mode}: {Kills} kills ({InFlight} with a write in flight), commits between kills: " +
            $"{string.Join(", ", commits.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"))}; " +
            $"write call median {Durations.Order().ElementAtOrDefault(Durations.Count / 2)} ms, longest {Durations.DefaultIfEmpty(0).Max()} ms; " +
            $"{Elapsed.TotalSeconds:0.0} s\n{Final}");

        // Lines look like "pay-begin CRASH-1A2B-000001 31 604800 t=1990"; t is ms since the process started.
        public void Record(List<string> lines)
        {
            Kills++;
            var last = lines.LastOrDefault(l => l.Contains("-begin ", StringComparison.Ordinal) || l.Contains("-commit ", StringComparison.Ordinal));
            if (last?.Split(' ')[0].EndsWith("-begin", StringComparison.Ordinal) == true)
            {
                InFlight++;
            }

            long? begun = null;
            foreach (var fields in lines.Select(l => l.Split(' ')))
            {
                var t = long.Parse(fields[^1][2..], CultureInfo.InvariantCulture);
                if (fields[0].EndsWith("-begin", StringComparison.Ordinal))
                {
                    begun = t;
                }
                else if (fields[0].EndsWith("-commit", StringComparison.Ordinal))
                {
                    var op = fields[0][..^"-commit".Length];
                    commits[op] = commits.GetValueOrDefault(op) + 1;
                    if (begun is { } b)
                    {
                        Durations.Add((int)(t - b));
                    }

                    begun = null;
                }
            }
        }
    }
}

[Trait("Category", "Reliability")]
public sealed class KillDuringImportTests(PreparedDatabase prepared, ITestOutputHelper output)
    : KillDuringWriteTests(prepared, output), IClassFixture<PreparedDatabase>
{
#pragma warning disable CA5394 // Random only picks kill moments.
    [Fact]
    public async Task Killing_the_app_during_imports_never_leaves_a_half_imported_file()
    {
        var database = Prepared.Copy("import.db");
        // Killed somewhere inside the import transaction of the first or second file (the second gives the
        // first time to commit), over a window 1.5 times the median import transaction seen so far.
        var window = 500;
        var run = await KillRepeatedlyAsync("import", database, async harness =>
        {
            var target = 1 + Random.Next(2);
            var begun = 0;
            await harness.WaitForAsync(line => line.StartsWith("import-begin ", StringComparison.Ordinal) && ++begun == target, StartTimeout);
            return Random.Next(window + 1);
        }, durations => window = Math.Clamp(durations.Count == 0 ? window : durations.Order().ElementAt(durations.Count / 2) * 3 / 2, 100, 3_000));

        Assert.True(run.Commits("import") >= 5, $"Too few files committed between kills for the check to mean anything: {run.Summary}");
    }

#pragma warning restore CA5394

    [Fact]
    public async Task The_check_reports_a_half_imported_file_and_an_invoice_whose_payments_do_not_add_up()
    {
        var database = Prepared.Copy("tampered.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // Three workers "from a file" without their import event, a paid amount off by Rp100, a coverage month gone.
            command.CommandText = """
                UPDATE Workers SET ImportBatchId = '00000000-0000-0000-0000-000000000001' WHERE Id IN (SELECT Id FROM Workers ORDER BY Id LIMIT 3);
                UPDATE Invoices SET PaidAmount = PaidAmount - 100 WHERE Id = (SELECT MIN(Id) FROM Invoices WHERE Status = 4);
                DELETE FROM CoverageMonths WHERE Id = (SELECT MIN(Id) FROM CoverageMonths);
                """;
            await command.ExecuteNonQueryAsync();
        }

        var (exit, report) = await CrashHarnessProcess.RunAsync(TimeSpan.FromMinutes(1), "check", database);

        Assert.Equal(1, exit);
        Assert.Contains("BROKEN  no half-imported file", report, StringComparison.Ordinal);
        Assert.Contains("BROKEN  the paid amount of every invoice = the sum of its valid (not reversed) payments", report, StringComparison.Ordinal);
        Assert.Contains("BROKEN  an invoice's status matches its paid amount", report, StringComparison.Ordinal);
        Assert.Contains("BROKEN  every live sponsorship holds all of its coverage months", report, StringComparison.Ordinal);
        Assert.Contains("integrity ok, 0 integrity errors, 4 broken invariants", report, StringComparison.Ordinal);
    }
}

[Trait("Category", "Reliability")]
public sealed class KillDuringPaymentTests(PreparedDatabase prepared, ITestOutputHelper output)
    : KillDuringWriteTests(prepared, output), IClassFixture<PreparedDatabase>
{
#pragma warning disable CA5394 // Random only picks kill moments.
    [Fact]
    public async Task Killing_the_app_while_payments_are_recorded_never_breaks_the_books()
    {
        var database = Prepared.Copy("pay.db");
        // Payments take milliseconds and the loop writes most of the time: any moment after the first commit is a good
        // one. Counting from "ready" instead let a loaded machine spend the whole window on the first, cold payment.
        var run = await KillRepeatedlyAsync("pay", database, async harness =>
        {
            await harness.WaitForAsync(line => line.StartsWith("pay-commit ", StringComparison.Ordinal), StartTimeout);
            return 100 + Random.Next(800);
        }, _ => { });

        Assert.True(run.Commits("pay") >= 50, $"Too few payments committed between kills for the check to mean anything: {run.Summary}");
    }
#pragma warning restore CA5394
}
