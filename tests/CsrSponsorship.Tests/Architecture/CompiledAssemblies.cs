using ArchUnitNET.Loader;
using CsrSponsorship.Core.Data;
using ArchModel = ArchUnitNET.Domain.Architecture;

namespace CsrSponsorship.Tests.Architecture;

// Core and Web as ArchUnitNET reads them from their compiled IL (method bodies included), loaded once per run.
public static class CompiledAssemblies
{
    private static readonly Lazy<ArchModel> CoreModel = new(() => Load(typeof(AppDbContext).Assembly));
    private static readonly Lazy<ArchModel> WebModel = new(() => Load(typeof(Program).Assembly));

    public static ArchModel Core => CoreModel.Value;

    public static ArchModel Web => WebModel.Value;

    public static IEnumerable<TypeEdge> Edges(ArchModel model) =>
        model.Types.SelectMany(t => t.Dependencies).Select(d =>
            new TypeEdge(d.Origin.FullName, d.Origin.Namespace.FullName, d.Target.FullName, d.Target.Namespace.FullName));

    private static ArchModel Load(System.Reflection.Assembly assembly) => new ArchLoader().LoadAssemblies(assembly).Build();
}
