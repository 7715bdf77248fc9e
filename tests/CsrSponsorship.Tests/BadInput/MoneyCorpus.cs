using System.Globalization;
using System.Text.RegularExpressions;

namespace CsrSponsorship.Tests.BadInput;

// TestData/bad-input/money.tsv: money strings as people type and paste them, with the outcome each must have
// in a required rupiah field (an amount, or an error whose message contains the given words).
public sealed record MoneyCase(string Input, long? Expected, string Message)
{
    public override string ToString() => Input;
}

public static partial class MoneyCorpus
{
    public static IReadOnlyList<MoneyCase> All { get; } = Load();

    public static TheoryData<string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in All)
        {
            data.Add(c.Input, c.Expected?.ToString(CultureInfo.InvariantCulture) ?? "error", c.Message);
        }

        return data;
    }

    private static List<MoneyCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "bad-input", "money.tsv");
        return File.ReadLines(path)
            .Where(l => !l.StartsWith('#'))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(c => new MoneyCase(
                Escape().Replace(c[0], m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()),
                c[1] == "error" ? null : long.Parse(c[1], NumberStyles.None, CultureInfo.InvariantCulture),
                c[2]))
            .ToList();
    }

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex Escape();
}
