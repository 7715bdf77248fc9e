using System.Reflection;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Docs;

// docs/configuration.md promises "every setting the app reads"; a new option property that nobody writes down is a
// setting an operator cannot find, so every property of every options class (a class with a `Section` constant)
// must appear there as `Section:Name`, or as `Name` on a line that names its section (`Invoicing:SignerName` / `SignerRank`).
public sealed class ConfigurationDocumentTests
{
    private const string Document = "docs/configuration.md";

    [Fact]
    public void Every_option_the_app_reads_is_in_the_configuration_document()
    {
        var keys = OptionKeys().ToList();
        Assert.Contains("Database:Path", keys);
        Assert.Contains("ReverseProxy:KnownProxies", keys);

        var missing = Undocumented(keys, RepositoryFiles.Read(Document));

        Assert.True(missing.Count == 0, $"Not in {Document}:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_check_sees_an_undocumented_option()
    {
        const string text = "| `Invoicing:SignerName` / `SignerRank` | x |\n| `Paper` | y |\n";

        Assert.Equal(
            ["Invoicing:SignerNip", "CircularLetters:Paper"],
            Undocumented(["Invoicing:SignerName", "Invoicing:SignerRank", "Invoicing:SignerNip", "CircularLetters:Paper"], text));
    }

    private static IEnumerable<string> OptionKeys() =>
        // By assembly name, not by a type in it: options classes move between namespaces, the assemblies stay.
        new[] { "CsrSponsorship.Core", "CsrSponsorship.Web" }
            .SelectMany(name => Assembly.Load(name).GetTypes())
            .Select(type => (type, section: type.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.section is { IsLiteral: true } && x.section.FieldType == typeof(string))
            .SelectMany(x => x.type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(property => $"{x.section!.GetRawConstantValue()}:{property.Name}"));

    private static List<string> Undocumented(IEnumerable<string> keys, string text)
    {
        var lines = text.Split('\n');
        return keys.Where(key =>
        {
            var section = key[..key.IndexOf(':', StringComparison.Ordinal)];
            var name = key[(section.Length + 1)..];
            return !text.Contains($"`{key}`", StringComparison.Ordinal)
                && !lines.Any(line => line.Contains($"`{section}:", StringComparison.Ordinal) && line.Contains($"`{name}`", StringComparison.Ordinal));
        }).ToList();
    }
}
