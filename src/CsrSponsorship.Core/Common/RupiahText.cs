using System.Globalization;
using System.Text;

namespace CsrSponsorship.Core.Common;

// A typed amount read as rupiah: either the amount (null for an empty optional field) or a message for the screen.
public readonly record struct RupiahParse(long? Amount, string? Error)
{
    public bool IsValid => Error is null;
}

// Reads rupiah the way people here type and paste them ("1.250.000", "Rp 16.800,00", "1,250,000", "Rp 16.800,-")
// without CultureInfo, and refuses whatever it would have to guess at: a stray separator is a typo, not a decimal
// point, and "1,5" is not one and a half thousand. The formatting side is IndonesianFormat.
public static class RupiahText
{
    // No single amount in this programme (a payment, a CSR budget, an income, a rate) comes near a trillion rupiah;
    // anything above is a slip of the keyboard or a pasted figure from somewhere else.
    public const long MaxAmount = 1_000_000_000_000;

    public const string Required = "Jumlah wajib diisi.";
    public const string MustBePositive = "Jumlah harus lebih dari Rp 0.";
    public const string MustNotBeNegative = "Jumlah tidak boleh negatif.";
    public const string NoCents = "Rupiah tidak memakai sen: tulis tanpa angka di belakang koma, misalnya 16.800.";
    public const string Grouping = "Penulisan jumlah tidak jelas: pakai titik sebagai pemisah ribuan, misalnya 1.250.000.";
    public const string Scientific = "Tulis jumlah lengkap tanpa notasi ilmiah, misalnya 1.000.000.000 (bukan 1e9).";
    public const string Characters = "Jumlah hanya boleh berisi angka 0–9, titik pemisah ribuan, dan awalan Rp.";

    // Full-width (５) and Arabic-Indic (٥) digits come from some phone keyboards; like NIKs, they are refused and
    // named rather than converted, so what is stored is always what the officer can read back.
    public const string NonAsciiDigits =
        "Jumlah memuat angka yang bukan angka biasa (misalnya angka lebar penuh atau angka Arab). Ketik ulang dengan angka biasa 0–9.";

    public static readonly string TooLarge = $"Jumlah terlalu besar: paling banyak {IndonesianFormat.Rupiah(MaxAmount)}.";

    public static RupiahParse Parse(string? text, bool required = true, bool allowZero = false)
    {
        var s = Clean(text);
        var negative = false;
        var prefixSeen = false;

        // Sign and currency may come in either order: "-Rp 5.000", "Rp -5.000".
        while (s.Length > 0)
        {
            if (IsMinus(s[0]))
            {
                negative = true;
                s = s[1..].TrimStart();
            }
            else if (!prefixSeen && CurrencyPrefixLength(s) is > 0 and var length)
            {
                prefixSeen = true;
                s = s[length..].TrimStart();
            }
            else
            {
                break;
            }
        }

        // "Rp 16.800,-" is the usual way of writing "no cents" on receipts.
        var noCentsMark = s.EndsWith(",-", StringComparison.Ordinal) || s.EndsWith(".-", StringComparison.Ordinal);
        if (noCentsMark)
        {
            s = s[..^2].TrimEnd();
        }

        // Accounting style "5.000-" is a negative amount too.
        while (!noCentsMark && s.Length > 0 && IsMinus(s[^1]))
        {
            negative = true;
            s = s[..^1].TrimEnd();
        }

        if (s.Length == 0)
        {
            return negative || noCentsMark ? Fail(Characters) : Empty(required);
        }

        var body = ReadBody(s);
        if (body.Error is not null)
        {
            return Fail(body.Error);
        }

        if (negative)
        {
            return Fail(allowZero ? MustNotBeNegative : MustBePositive);
        }

        var significant = body.Digits.TrimStart('0');
        if (significant.Length > 13)
        {
            return Fail(TooLarge);
        }

        var amount = significant.Length == 0 ? 0 : long.Parse(significant, NumberStyles.None, CultureInfo.InvariantCulture);
        if (amount > MaxAmount)
        {
            return Fail(TooLarge);
        }

        if (body.Cents.Any(c => c != '0'))
        {
            return Fail(NoCents);
        }

        if (amount == 0 && !allowZero)
        {
            return Fail(MustBePositive);
        }

        return new RupiahParse(amount, null);
    }

    // The digits without separators, or why the text is not a rupiah amount.
    private static (string Digits, string Cents, string? Error) ReadBody(string s)
    {
        if (s.Any(c => char.IsNumber(c) && !char.IsAsciiDigit(c)))
        {
            return ("", "", NonAsciiDigits);
        }

        if (LooksScientific(s))
        {
            return ("", "", Scientific);
        }

        if (s.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ',' or ' ')) || !s.Any(char.IsAsciiDigit))
        {
            return ("", "", Characters);
        }

        s = TightenAroundSeparators(s);

        // One comma followed by one or two digits is a decimal part ("16.800,00"); three digits make it a
        // thousands group ("1,250").
        var cents = "";
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0 && comma == s.LastIndexOf(',') && s.Length - comma - 1 is 1 or 2 && s[(comma + 1)..].All(char.IsAsciiDigit))
        {
            cents = s[(comma + 1)..];
            s = s[..comma];
        }

        var separators = s.Where(c => !char.IsAsciiDigit(c)).Distinct().ToList();
        if (separators.Count == 0)
        {
            return s.Length == 0 ? ("", "", Grouping) : (s, cents, null);
        }

        // One kind of separator only, every group after the first exactly three digits: "1.25.000", "1..000",
        // "1.2500", "0.500" and "1.250,000" are typos whose meaning we would have to guess.
        var groups = s.Split(separators[0]);
        var wellGrouped = separators.Count == 1
            && groups[0].Length is >= 1 and <= 3
            && groups[0][0] != '0'
            && groups.Skip(1).All(g => g.Length == 3);
        return wellGrouped ? (string.Concat(groups), cents, null) : ("", "", Grouping);
    }

    // Zero-width characters ride along with text pasted from chats and spreadsheets; any run of whitespace
    // (spaces, tabs, NBSP, narrow NBSP) counts as one space.
    private static string Clean(string? text)
    {
        var sb = new StringBuilder((text ?? "").Length);
        var pendingSpace = false;
        foreach (var c in text ?? "")
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && sb.Length > 0)
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string TightenAroundSeparators(string s) =>
        s.Replace(" .", ".", StringComparison.Ordinal).Replace(". ", ".", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal).Replace(", ", ",", StringComparison.Ordinal);

    private static bool LooksScientific(string s)
    {
        var e = s.IndexOfAny(['e', 'E']);
        if (e <= 0 || !char.IsAsciiDigit(s[0]))
        {
            return false;
        }

        var exponent = s[(e + 1)..].TrimStart('+', '-');
        return exponent.Length > 0 && exponent.All(char.IsAsciiDigit) && s[..e].All(c => char.IsAsciiDigit(c) || c is '.' or ',');
    }

    private static int CurrencyPrefixLength(string s)
    {
        if (s.StartsWith("IDR", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (!s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return s.Length > 2 && s[2] == '.' ? 3 : 2;
    }

    private static bool IsMinus(char c) => c is '-' or '\u2212' or '\u2013';

    private static RupiahParse Empty(bool required) => required ? Fail(Required) : new RupiahParse(null, null);

    private static RupiahParse Fail(string message) => new(null, message);
}
