using System.Collections;
using System.Reflection;
using CsrSponsorship.Core.Domain.Contributions;

namespace CsrSponsorship.Tests.Security;

// Reads whatever a service handed back as a flat list of (property, value) leaves, so a test can check every
// string, date and number a page could show without knowing the record's shape. Walks records, lists,
// dictionaries and tuples; byte arrays (rendered documents) are skipped.
public static class ObjectGraph
{
    public sealed record Leaf(string Path, string Property, object Value);

    public static IReadOnlyList<Leaf> Leaves(object? root)
    {
        var leaves = new List<Leaf>();
        Walk(root, "", "", leaves, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        return leaves;
    }

    // The element type a method's answer carries: Task<T>, IAsyncEnumerable<T>, lists and Nullable are looked through.
    public static Type Unwrap(Type type)
    {
        while (true)
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                type = underlying;
            }
            else if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)))
            {
                type = type.GetGenericArguments()[0];
            }
            else if (type.IsArray)
            {
                type = type.GetElementType()!;
            }
            else if (type != typeof(string) && ElementOf(type) is { } element)
            {
                type = element;
            }
            else
            {
                return type;
            }
        }
    }

    // Every type reachable from a method's answer through public properties (and tuple fields).
    public static IReadOnlyList<(Type Owner, PropertyInfo Property)> ReachableProperties(Type returnType)
    {
        var found = new List<(Type, PropertyInfo)>();
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([Unwrap(returnType)]);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type) || IsLeafType(type) || type == typeof(object))
            {
                continue;
            }

            if (IsTuple(type))
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    queue.Enqueue(Unwrap(argument));
                }

                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                found.Add((type, property));
                queue.Enqueue(Unwrap(property.PropertyType));
            }
        }

        return found;
    }

    private static void Walk(object? value, string path, string property, List<Leaf> leaves, HashSet<object> visited, int depth)
    {
        if (value is null || value is byte[] || depth > 12)
        {
            return;
        }

        var type = value.GetType();
        if (IsLeafType(type))
        {
            leaves.Add(new Leaf(path, property, value));
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (IsTuple(type))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                Walk(field.GetValue(value), $"{path}.{field.Name}", field.Name, leaves, visited, depth + 1);
            }

            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                Walk(entry.Key, $"{path}[key]", property, leaves, visited, depth + 1);
                Walk(entry.Value, $"{path}[{entry.Key}]", property, leaves, visited, depth + 1);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", property, leaves, visited, depth + 1);
            }

            return;
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(p.GetValue(value), $"{path}.{p.Name}", p.Name, leaves, visited, depth + 1);
        }
    }

    private static bool IsLeafType(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(Guid)
        || type == typeof(YearMonth) || type == typeof(TimeSpan) || type == typeof(byte[]) || Nullable.GetUnderlyingType(type) is not null;

    private static bool IsTuple(Type type) =>
        type.IsGenericType && (type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true
            || type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));

    private static Type? ElementOf(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        var enumerable = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
