using System.Reflection;
using CsrSponsorship.Core.Features.Workers;

namespace CsrSponsorship.Tests.Security;

// Every public operation of every feature service, found by reflection, so a new method cannot slip past
// the access matrix by not being listed anywhere.
public static class ServiceCatalog
{
    private const string FeatureNamespace = "CsrSponsorship.Core.Features";

    public static readonly IReadOnlyList<Type> Services =
        [.. typeof(WorkerService).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && t.Name.EndsWith("Service", StringComparison.Ordinal)
                && t.Namespace is { } ns && (ns == FeatureNamespace || ns.StartsWith(FeatureNamespace + ".", StringComparison.Ordinal)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)];

    // "Service.Method", or "Service.Method(ParamType, …)" when a service overloads the name.
    public static readonly IReadOnlyDictionary<string, MethodInfo> Operations = Services
        .SelectMany(t =>
        {
            var methods = t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName).ToList();
            return methods.Select(m => (Key: Key(m, overloaded: methods.Count(o => o.Name == m.Name) > 1), Method: m));
        })
        .ToDictionary(x => x.Key, x => x.Method, StringComparer.Ordinal);

    private static string Key(MethodInfo method, bool overloaded) =>
        overloaded
            ? $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})"
            : $"{method.DeclaringType!.Name}.{method.Name}";
}
