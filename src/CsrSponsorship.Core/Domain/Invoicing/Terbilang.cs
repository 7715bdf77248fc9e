using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Invoicing;

// The amount in words printed on invoices and receipts. Follows the tagihan conventions in the
// domain brief: "se-" only for 10, 11, 100 and a thousands group of exactly 1 (seribu, but
// "satu juta", "seratus satu ribu"); miliar, not milyar.
public static class Terbilang
{
    public const long Maximum = 999_999_999_999_999;

    private static readonly string[] Digits =
    [
        "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    ];

    private static readonly (long Size, string Name)[] Scales =
    [
        (1_000_000_000_000, "triliun"),
        (1_000_000_000, "miliar"),
        (1_000_000, "juta"),
        (1_000, "ribu"),
    ];

    /// <summary>16800 → "enam belas ribu delapan ratus rupiah".</summary>
    public static string Rupiah(long amount) => Words(amount) + " rupiah";

    /// <summary>16800 → "enam belas ribu delapan ratus".</summary>
    public static string Words(long amount)
    {
        if (amount < 0)
        {
            throw new DomainException("Jumlah uang yang ditulis dengan huruf tidak boleh negatif.");
        }

        if (amount > Maximum)
        {
            throw new DomainException(
                $"Jumlah uang yang ditulis dengan huruf paling besar {IndonesianFormat.Rupiah(Maximum)}.");
        }

        if (amount == 0)
        {
            return "nol";
        }

        var words = new List<string>();
        var rest = amount;
        foreach (var (size, name) in Scales)
        {
            var group = (int)(rest / size);
            rest %= size;
            if (group == 0)
            {
                continue;
            }

            if (group == 1 && size == 1_000)
            {
                words.Add("seribu");
            }
            else
            {
                AddHundreds(words, group);
                words.Add(name);
            }
        }

        AddHundreds(words, (int)rest);
        return string.Join(' ', words);
    }

    private static void AddHundreds(List<string> words, int number)
    {
        var hundreds = number / 100;
        var belowHundred = number % 100;
        if (hundreds == 1)
        {
            words.Add("seratus");
        }
        else if (hundreds > 1)
        {
            words.Add(Digits[hundreds]);
            words.Add("ratus");
        }

        switch (belowHundred)
        {
            case 0:
                break;
            case < 10:
                words.Add(Digits[belowHundred]);
                break;
            case 10:
                words.Add("sepuluh");
                break;
            case 11:
                words.Add("sebelas");
                break;
            case < 20:
                words.Add(Digits[belowHundred - 10]);
                words.Add("belas");
                break;
            default:
                words.Add(Digits[belowHundred / 10]);
                words.Add("puluh");
                if (belowHundred % 10 != 0)
                {
                    words.Add(Digits[belowHundred % 10]);
                }

                break;
        }
    }
}
