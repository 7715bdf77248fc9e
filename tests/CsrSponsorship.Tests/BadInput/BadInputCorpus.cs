using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CsrSponsorship.Tests.BadInput;

public sealed record NikCase(string Id, string? Input, string Expect, string Note)
{
    public bool IsValid => Expect == "valid";

    // "invalid nik.length" → "nik.length"; null for valid, age and taken.
    public string? ErrorCode => Expect.StartsWith("invalid ", StringComparison.Ordinal) ? Expect["invalid ".Length..] : null;

    public override string ToString() => Id;
}

public sealed record FormulaCase(string Id, string Text, string Note)
{
    public override string ToString() => Id;
}

public sealed record HostileText(string Id, string Text, bool OkAsWorkerName, bool OkAsWorkerAddress, bool OkAsCompanyName, string Note)
{
    public override string ToString() => Id;
}

// The files under TestData/bad-input: TAB-separated, '#' comment lines, one header line. Invisible and hostile
// characters are written as escapes (\t \r \n \0 \\ \uXXXX), <null> stands for no value at all and
// <repeat N>text</repeat> for long inputs, so the files stay readable and diffable.
public static partial class BadInputCorpus
{
    private static readonly Lazy<IReadOnlyList<NikCase>> NikCases = new(() =>
        [.. Rows("nik.tsv", 4).Select(r => new NikCase(r[0], Decode(r[1]), r[2], r[3]))]);

    private static readonly Lazy<IReadOnlyList<FormulaCase>> FormulaCases = new(() =>
        [.. Rows("formula.txt", 3).Select(r => new FormulaCase(r[0], Decode(r[1])!, r[2]))]);

    private static readonly Lazy<IReadOnlyList<HostileText>> HostileTexts = new(() =>
        [.. Rows("hostile-text.txt", 6).Select(r => new HostileText(r[0], Decode(r[1])!, Ok(r[2]), Ok(r[3]), Ok(r[4]), r[5]))]);

    public static IReadOnlyList<NikCase> Niks => NikCases.Value;

    public static IReadOnlyList<FormulaCase> Formulas => FormulaCases.Value;

    public static IReadOnlyList<HostileText> Hostile => HostileTexts.Value;

    // Theories take the id only: display names stay short and the 10,000-character inputs stay out of test names.
    public static TheoryData<string> NikIds() => Ids(Niks.Select(n => n.Id));

    public static TheoryData<string> FormulaIds() => Ids(Formulas.Select(f => f.Id));

    public static TheoryData<string> HostileIds() => Ids(Hostile.Select(h => h.Id));

    public static NikCase Nik(string id) => Niks.Single(n => n.Id == id);

    public static FormulaCase Formula(string id) => Formulas.Single(f => f.Id == id);

    public static HostileText Text(string id) => Hostile.Single(h => h.Id == id);

    public static string? Decode(string field)
    {
        if (field == "<null>")
        {
            return null;
        }

        var expanded = Repeat().Replace(field, m =>
            string.Concat(Enumerable.Repeat(m.Groups[2].Value, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))));
        var sb = new StringBuilder(expanded.Length);
        for (var i = 0; i < expanded.Length; i++)
        {
            var c = expanded[i];
            if (c != '\\' || i + 1 == expanded.Length)
            {
                sb.Append(c);
                continue;
            }

            var next = expanded[++i];
            switch (next)
            {
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'n': sb.Append('\n'); break;
                case '0': sb.Append('\0'); break;
                case '\\': sb.Append('\\'); break;
                case 'u':
                    sb.Append((char)int.Parse(expanded.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    throw new FormatException($"Unknown escape \\{next} in the bad-input corpus.");
            }
        }

        return sb.ToString();
    }

    private static TheoryData<string> Ids(IEnumerable<string> ids)
    {
        var data = new TheoryData<string>();
        foreach (var id in ids)
        {
            data.Add(id);
        }

        return data;
    }

    private static bool Ok(string value) => value switch
    {
        "ok" => true,
        "refused" => false,
        _ => throw new FormatException($"Expected ok or refused, found '{value}'."),
    };

    private static IEnumerable<string[]> Rows(string file, int columns)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "bad-input", file);
        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length != columns)
            {
                throw new FormatException($"{file}: expected {columns} fields, found {fields.Length} in '{line}'.");
            }

            yield return fields;
        }
    }

    [GeneratedRegex("<repeat (\\d+)>(.*?)</repeat>")]
    private static partial Regex Repeat();
}
