using System.Text;

namespace CsrSponsorship.Core.Data.Seeding;

// The repository's seeds/ folder, embedded into Core at build time (see the csproj).
public static class SeedFiles
{
    public static IReadOnlyList<string[]> ReadCsv(string name)
    {
        var assembly = typeof(SeedFiles).Assembly;
        using var stream = assembly.GetManifestResourceStream("seeds/" + name)
            ?? throw new InvalidOperationException($"Seed file seeds/{name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<string[]>();
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(SplitCsvLine(line));
            }
        }

        return rows;
    }

    internal static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
