using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CsrSponsorship.Benchmarks.Scale;

namespace CsrSponsorship.Benchmarks;

// dotnet run -c Release --project tests/CsrSponsorship.Benchmarks -- scale --workers 100000 --json scale.json
// dotnet run -c Release --project tests/CsrSponsorship.Benchmarks -- letters [--recipients 1000]
// dotnet run -c Release --project tests/CsrSponsorship.Benchmarks -- --filter '*'
// A named class, not top-level statements: the unit tests reference this program beside the web app's Program.
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case [ScaleCommand.Name, .. var rest]:
                return await ScaleCommand.RunAsync(rest, Console.Out);
            case [PeakProbe.Command, .. var rest]:
                return await PeakProbe.RunAsync(rest);
            case [var first, ..] when first.StartsWith("letters", StringComparison.Ordinal):
                return await CircularLetterBenchmarks.RunAsync(args);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}

// In-process: no generated project to build (it would inherit this repo's warnings-as-errors and
// cost minutes on two cores); a short job, since these are budget checks, not micro-tuning.
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(10).WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
