using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CsrSponsorship.CircuitLoad;
using Microsoft.Playwright;

// dotnet build -c Release tests/CsrSponsorship.CircuitLoad
// dotnet tests/CsrSponsorship.CircuitLoad/bin/Release/net10.0/CsrSponsorship.CircuitLoad.dll --circuits 100 --json circuits.json
// Options and what each figure means: tests/CsrSponsorship.CircuitLoad/README.md.
var options = LoadOptions.Parse(args);
var clock = Stopwatch.StartNew();
void Say(string line) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {line}");

await using var app = options.Url is { } url ? AppProcess.Existing(url, options.Pid) : await AppProcess.StartAsync(options.AppArgs);
Say($"app {app.BaseUrl} (pid {app.Pid})");
using var playwright = await Playwright.CreateAsync();
await using var browser = await Circuits.LaunchChromiumAsync(playwright);
await using var circuits = new Circuits(browser, app.BaseUrl);
await circuits.SignInAsync(options.Email, options.Password);

// One circuit opened and closed first, so start-up work (compiled queries, first renders, pools) is not counted.
await circuits.OpenAsync(2, options.Path, options.ReadySelector);
await circuits.CloseAllAsync();
await app.ForceGcAsync();
var before = app.ReadMemory();
Say($"before: {before}");

var opening = Stopwatch.StartNew();
await circuits.OpenAsync(options.Circuits, options.Path, options.ReadySelector);
var openSeconds = opening.Elapsed.TotalSeconds;
var openNoGc = app.ReadMemory();
await app.ForceGcAsync();
var open = app.ReadMemory();
var browserMb = BrowserMemory.PssMb(app.Pid);
Say($"{options.Circuits} circuits open in {openSeconds:0.0} s: {open} ({PerCircuit(open.RssMb - before.RssMb):0.00} MB VmRSS a circuit); browser ≈ {browserMb:0} MB");

if (options.HoldSeconds > 0)
{
    // Time for a heap snapshot with the circuits open: dotnet-gcdump collect -p <pid> (docs/performance.md).
    Say($"holding {options.HoldSeconds} s with {options.Circuits} circuits open: app pid {app.Pid}");
    await Task.Delay(TimeSpan.FromSeconds(options.HoldSeconds));
}

List<double> samples = [];
if (options.Typists > 0 && options.Path == "/pekerja")
{
    // Typists spread over the contexts; everyone else stays open and idle.
    var step = Math.Max(1, circuits.Pages.Count / options.Typists);
    var typists = Enumerable.Range(0, Math.Min(options.Typists, circuits.Pages.Count)).Select(i => circuits.Pages[i * step]).ToList();
    samples = await SearchRun.MeasureAsync(typists, options.Rounds, options.KeyDelayMs);
    Say($"search, {typists.Count} typing at once × {options.Rounds} rounds: p50 {Percentile(samples, 50):0} ms, p95 {Percentile(samples, 95):0} ms, max {samples.Max():0} ms");
}

await circuits.CloseAllAsync();
await Task.Delay(TimeSpan.FromSeconds(3));
var closedNoGc = app.ReadMemory();
await app.ForceGcAsync();
var closed = app.ReadMemory();
if (options.HoldSeconds > 0)
{
    Say($"holding {options.HoldSeconds} s with every circuit closed: app pid {app.Pid}");
    await Task.Delay(TimeSpan.FromSeconds(options.HoldSeconds));
}
Say($"closed: {closedNoGc} 3 s after closing, {closed} after a forced GC; returned {open.RssMb - closed.RssMb:0.0} of {open.RssMb - before.RssMb:0.0} MB");
if (circuits.PageErrors.Count > 0)
{
    Say($"page errors: {string.Join(" | ", circuits.PageErrors.Distinct())}");
}

var result = new Dictionary<string, object?>
{
    ["page"] = options.Path,
    ["circuits"] = options.Circuits,
    ["open_s"] = Math.Round(openSeconds, 1),
    ["rss_before_mb"] = before.RssMb,
    ["rss_open_no_gc_mb"] = openNoGc.RssMb,
    ["rss_open_mb"] = open.RssMb,
    ["rss_closed_no_gc_mb"] = closedNoGc.RssMb,
    ["rss_closed_mb"] = closed.RssMb,
    ["anon_before_mb"] = before.RssAnonMb,
    ["anon_open_mb"] = open.RssAnonMb,
    ["anon_closed_mb"] = closed.RssAnonMb,
    ["rss_per_circuit_mb"] = Math.Round(PerCircuit(open.RssMb - before.RssMb), 2),
    ["circuits_per_gb"] = open.RssMb > before.RssMb ? Math.Round(1024 / PerCircuit(open.RssMb - before.RssMb)) : null,
    ["returned_mb"] = Math.Round(open.RssMb - closed.RssMb, 1),
    ["browser_mb"] = Math.Round(browserMb),
    ["typists"] = samples.Count > 0 ? options.Typists : 0,
    ["search_samples"] = samples.Count,
    ["search_p50_ms"] = samples.Count > 0 ? Math.Round(Percentile(samples, 50)) : null,
    ["search_p95_ms"] = samples.Count > 0 ? Math.Round(Percentile(samples, 95)) : null,
    ["search_max_ms"] = samples.Count > 0 ? Math.Round(samples.Max()) : null,
    ["page_errors"] = circuits.PageErrors.Count,
};
if (options.Json is { } json)
{
    await File.WriteAllTextAsync(json, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
    Say($"wrote {json}");
}

return circuits.PageErrors.Count == 0 ? 0 : 1;

double PerCircuit(double mb) => mb / options.Circuits;

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
}

internal sealed record LoadOptions(
    string? Url, int Pid, int Circuits, string Path, string ReadySelector, int Typists, int Rounds, int KeyDelayMs,
    string Email, string Password, string? Json, int HoldSeconds, IReadOnlyList<string> AppArgs)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var appArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--")
            {
                appArgs.AddRange(args[(i + 1)..]);
                break;
            }

            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Unknown argument {args[i]}; see tests/CsrSponsorship.CircuitLoad/README.md.");
            }

            values[args[i][2..]] = args[++i];
        }

        string? Get(string key) => values.GetValueOrDefault(key);
        int Int(string key, int fallback) => Get(key) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var page = Get("page") ?? "workers";
        var (path, ready) = page switch
        {
            "workers" => ("/pekerja", "[data-testid=worker-grid] tbody tr.mud-table-row"),
            "dashboard" => ("/disnaker", "[data-testid=chart-kecamatan]"),
            _ => throw new ArgumentException("--page is workers or dashboard."),
        };
        return new LoadOptions(
            Get("url"), Int("pid", 0), Int("circuits", 100), path, ready, Int("typists", 10), Int("rounds", 10), Int("key-delay", 100),
            Get("user") ?? "disnaker@demo.local", Get("password") ?? "Tala-Demo-2026!", Get("json"), Int("hold", 0), appArgs);
    }
}
