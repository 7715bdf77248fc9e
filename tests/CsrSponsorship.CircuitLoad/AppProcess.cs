using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Microsoft.Diagnostics.NETCore.Client;

namespace CsrSponsorship.CircuitLoad;

// The app under measurement as a process of its own: the Release build of src/CsrSponsorship.Web with a fresh SQLite
// file and the demo data (what the browser tests' fixture sets), or an app already running (--url, --pid).
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process? process;
    private readonly string? directory;

    private AppProcess(string baseUrl, int pid, Process? process, string? directory)
    {
        BaseUrl = baseUrl;
        Pid = pid;
        this.process = process;
        this.directory = directory;
    }

    public string BaseUrl { get; }

    // 0 when the app runs elsewhere and no --pid was given: memory is then not measured.
    public int Pid { get; }

    public static AppProcess Existing(string url, int pid) => new(url.TrimEnd('/'), pid, null, null);

    public static async Task<AppProcess> StartAsync(IReadOnlyList<string> extraArgs)
    {
        var webDll = Metadata("WebDll");
        if (!File.Exists(webDll))
        {
            throw new InvalidOperationException($"{webDll} is missing: build first with `dotnet build -c Release tests/CsrSponsorship.CircuitLoad`.");
        }

        var directory = Path.Combine(Path.GetTempPath(), "csr-circuits", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        // Development: a build output (not a publish) serves its CSS and JS only there (STACK.md); it also turns the
        // demo data and DetailedErrors on, as in the browser tests.
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = Metadata("WebProject"),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in (string[])[webDll, "--urls", baseUrl, $"--Database:Path={Path.Combine(directory, "csr.db")}", "--Demo:Enabled=true", .. extraArgs])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 })
            {
                Console.Error.WriteLine("app: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new AppProcess(baseUrl, process.Id, process, directory);
        await app.WaitHealthyAsync();
        return app;
    }

    // Resident memory from /proc/<pid>/status, in MB: VmRSS (all resident pages) and RssAnon (the heap part: GC heap,
    // native allocations; without mapped files such as the loaded assemblies).
    public Memory ReadMemory()
    {
        if (Pid == 0)
        {
            return new Memory(0, 0);
        }

        double rss = 0, anon = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) / 1024.0;
            }
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anon = Kilobytes(line) / 1024.0;
            }
        }

        return new Memory(Math.Round(rss, 1), Math.Round(anon, 1));
    }

    // A full blocking GC in the app, asked through the runtime's diagnostics port the way dotnet-gcdump asks for one
    // (the GCHeapCollect keyword), so the figure is what is still referenced and not garbage waiting for a
    // collection. The session stays open a moment for the collection to finish; its events are not read.
    public async Task ForceGcAsync()
    {
        if (Pid == 0)
        {
            return;
        }

        const long GcKeyword = 0x1, GcHeapCollectKeyword = 0x800000;
        var client = new DiagnosticsClient(Pid);
        using var session = client.StartEventPipeSession(
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcKeyword | GcHeapCollectKeyword), requestRundown: false);
        var drain = session.EventStream.CopyToAsync(Stream.Null);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await session.StopAsync(CancellationToken.None);
        await drain;
        // The GC hands freed regions back to the OS on its own schedule; give it a moment, as a quiet server would.
        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }

        if (directory is not null)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"The app stopped during start-up (exit code {process.ExitCode}).");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl + "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Migrating and seeding on a busy machine.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The app did not answer /healthz within 3 minutes.");
            }

            await Task.Delay(500);
        }
    }

    private static double Kilobytes(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Metadata(string key) =>
        typeof(AppProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    // The dotnet CLI tells child processes where its host is; a plain "dotnet" on PATH otherwise.
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}

internal sealed record Memory(double RssMb, double RssAnonMb)
{
    public override string ToString() => $"VmRSS {RssMb:0.0} MB (RssAnon {RssAnonMb:0.0} MB)";
}
