namespace CsrSponsorship.Tests.Architecture;

// One reference from a type to another, as read from a compiled assembly (nested types count as their outer type's
// namespace).
public sealed record TypeEdge(string Origin, string OriginNamespace, string Target, string TargetNamespace)
{
    public static TypeEdge Of(string origin, string target) => new(origin, NamespaceOf(origin), target, NamespaceOf(target));

    private static string NamespaceOf(string fullName)
    {
        var outer = fullName.Split('+')[0];
        var dot = outer.LastIndexOf('.');
        return dot < 0 ? "" : outer[..dot];
    }
}

// The dependency direction of one assembly (docs/decisions/0040-one-way-dependencies.md). Layers are listed bottom
// first; a namespace belongs to the layer whose name is the longest prefix of it ("" is the assembly's root namespace
// alone). A type may use its own layer and the layers below. Inside a layer with areas (Domain, Features) an area may
// use only itself and the areas listed for it, so adding an edge is a reviewed change to this table.
public sealed class DependencyRules
{
    public required string Prefix { get; init; }

    public required IReadOnlyList<string> Layers { get; init; }

    // Layer → area → the areas it may use. Every area of such a layer must be listed, even with no edge.
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> AreaEdges { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string[]>>();

    // "Features.Workers → Features.Reports is not a listed edge"-style lines, one per offending type pair, sorted.
    public IReadOnlyList<string> Check(IEnumerable<TypeEdge> edges)
    {
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            if (!Owns(edge.OriginNamespace) || !Owns(edge.TargetNamespace) || edge.OriginNamespace == edge.TargetNamespace)
            {
                continue;
            }

            if (Problem(edge.OriginNamespace, edge.TargetNamespace) is { } problem)
            {
                problems.Add($"{edge.Origin} → {edge.Target}: {problem}");
            }
        }

        return [.. problems];
    }

    // An area edge table with a cycle would let a cycle through the code pass.
    public IReadOnlyList<string> CyclesInAreaEdges()
    {
        var cycles = new List<string>();
        foreach (var (layer, areas) in AreaEdges)
        {
            foreach (var start in areas.Keys)
            {
                if (PathBack(areas, start, start, []) is { } path)
                {
                    cycles.Add($"{layer}: {start} → {string.Join(" → ", path)}");
                }
            }
        }

        return cycles;
    }

    private static List<string>? PathBack(IReadOnlyDictionary<string, string[]> areas, string from, string goal, HashSet<string> seen)
    {
        foreach (var next in areas.GetValueOrDefault(from) ?? [])
        {
            if (next == goal)
            {
                return [next];
            }

            if (seen.Add(next) && PathBack(areas, next, goal, seen) is { } rest)
            {
                return [next, .. rest];
            }
        }

        return null;
    }

    private bool Owns(string ns) => ns == Prefix || ns.StartsWith(Prefix + ".", StringComparison.Ordinal);

    private string? Problem(string originNamespace, string targetNamespace)
    {
        var origin = Place(originNamespace);
        var target = Place(targetNamespace);
        if (origin is null || target is null)
        {
            return $"{(origin is null ? originNamespace : targetNamespace)} belongs to no layer; add it to the rules";
        }

        var (originLayer, originArea) = origin.Value;
        var (targetLayer, targetArea) = target.Value;
        var originRank = Rank(originLayer);
        var targetRank = Rank(targetLayer);
        if (targetRank > originRank)
        {
            return $"{Name(originLayer)} may not depend on {Name(targetLayer)} (layers, bottom first: {string.Join(" ← ", Layers.Select(Name))})";
        }

        if (targetRank < originRank || originArea == targetArea || !AreaEdges.TryGetValue(originLayer, out var areas))
        {
            return null;
        }

        if (!areas.TryGetValue(originArea, out var allowed))
        {
            return $"the area {Name(originLayer, originArea)} is not listed in the rules";
        }

        return allowed.Contains(targetArea, StringComparer.Ordinal)
            ? null
            : $"{Name(originLayer, originArea)} → {Name(targetLayer, targetArea)} is not a listed edge";
    }

    private (string Layer, string Area)? Place(string ns)
    {
        var relative = ns == Prefix ? "" : ns[(Prefix.Length + 1)..];
        var layer = Layers
            .Where(l => l.Length == 0 ? relative.Length == 0 : relative == l || relative.StartsWith(l + ".", StringComparison.Ordinal))
            .OrderByDescending(l => l.Length)
            .Cast<string?>()
            .FirstOrDefault();
        if (layer is null)
        {
            return null;
        }

        var rest = relative.Length == layer.Length ? "" : relative[(layer.Length + (layer.Length == 0 ? 0 : 1))..];
        return AreaEdges.ContainsKey(layer) ? (layer, rest.Split('.')[0]) : (layer, "");
    }

    private int Rank(string layer)
    {
        for (var i = 0; i < Layers.Count; i++)
        {
            if (Layers[i] == layer)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Unknown layer {layer}.");
    }

    private string Name(string layer) => layer.Length == 0 ? Prefix : layer;

    private string Name(string layer, string area) => area.Length == 0 ? Name(layer) : $"{Name(layer)}.{area}";
}
