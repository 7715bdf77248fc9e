using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project tests/CsrSponsorship.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/CsrSponsorship.Benchmarks -- letters [--recipients 1000]
if (args.Length > 0 && args[0].StartsWith("letters", StringComparison.Ordinal))
{
    return await CsrSponsorship.Benchmarks.CircularLetterBenchmarks.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(CsrSponsorship.Benchmarks.BenchApp).Assembly).Run(args);
return 0;

namespace CsrSponsorship.Benchmarks
{
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
}
