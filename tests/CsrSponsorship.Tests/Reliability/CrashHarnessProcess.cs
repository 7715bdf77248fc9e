using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Threading.Channels;

namespace CsrSponsorship.Tests.Reliability;

// tests/CsrSponsorship.CrashHarness as a child process: its stdout lines arrive as they are written, so
// a test can wait for "a write has begun" and then kill it with SIGKILL.
public sealed class CrashHarnessProcess : IDisposable
{
    // SIGKILL is 9; .NET reports a process ended by a signal as 128 + the signal number.
    public const int KilledBySigkill = 137;

    private readonly Process process;
    private readonly Channel<string> output = Channel.CreateUnbounded<string>();
    private readonly StringBuilder errors = new();

    private CrashHarnessProcess(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HarnessDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                output.Writer.TryComplete();
            }
            else
            {
                output.Writer.TryWrite(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    // The path MSBuild wrote into this assembly (see the test project file): the harness's own build output.
    public static string HarnessDll { get; } = typeof(CrashHarnessProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "CrashHarness").Value!;

    // The dotnet CLI tells child processes where its host is; a plain "dotnet" on PATH otherwise.
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public List<string> Lines { get; } = [];

    public string Errors
    {
        get
        {
            lock (errors)
            {
                return errors.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static CrashHarnessProcess Start(params string[] args)
    {
        if (!File.Exists(HarnessDll))
        {
            throw new FileNotFoundException($"The crash harness is not built at {HarnessDll}; build tests/CsrSponsorship.CrashHarness.", HarnessDll);
        }

        return new CrashHarnessProcess(args);
    }

    // Runs to the end (prepare, check) and returns the exit code with everything it printed.
    public static async Task<(int ExitCode, string Output)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var harness = Start(args);
        using var cancel = new CancellationTokenSource(timeout);
        while (await harness.NextLineAsync(cancel.Token) is not null)
        {
        }

        await harness.process.WaitForExitAsync(cancel.Token);
        return (harness.ExitCode, string.Join('\n', harness.Lines) + (harness.Errors.Trim().Length > 0 ? "\nstderr:\n" + harness.Errors : ""));
    }

    // The harness's `check` run in this process: the same code and report as `RunAsync("check", ...)` without starting
    // a runtime per kill (the kill loops check the file 21 times per kind of write).
    public static (int ExitCode, string Output) CheckHere(string database, IReadOnlyList<string> logs)
    {
        var report = CsrSponsorship.CrashHarness.InvariantCheck.Run(database, logs);
        return (report.Ok ? 0 : 1, report.ToText().TrimEnd('\n'));
    }

    // The next line, or null once the process has closed its output.
    public async Task<string?> NextLineAsync(CancellationToken ct)
    {
        while (await output.Reader.WaitToReadAsync(ct))
        {
            if (output.Reader.TryRead(out var line))
            {
                Lines.Add(line);
                return line;
            }
        }

        return null;
    }

    public async Task WaitForAsync(Func<string, bool> condition, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (await NextLineAsync(cancel.Token) is { } line)
        {
            if (condition(line))
            {
                return;
            }
        }

        await process.WaitForExitAsync(cancel.Token);
        throw new InvalidOperationException($"The harness ended (exit code {process.ExitCode}) before the awaited line.\n{Errors}");
    }

    // Process.Kill sends SIGKILL on Linux: no finally blocks, no disposal, no flush, like a power cut of the process only.
    public async Task KillAsync()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The harness ended on its own (exit code {process.ExitCode}) before the kill.\n{Errors}");
        }

        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
        // Whatever it printed before dying is still in the pipe.
        while (await NextLineAsync(CancellationToken.None) is not null)
        {
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
    }
}
