using System.Globalization;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// The label levels of Indonesian official letters: 1. → a. → 1) → a); bullets for informal lists.
public enum ListNumbering
{
    Number,
    Letter,
    NumberParenthesis,
    LetterParenthesis,
    Bullet,
    Dash,
}

public static class ListLabels
{
    public static string For(ListNumbering numbering, int number) => numbering switch
    {
        ListNumbering.Number => number.ToString(CultureInfo.InvariantCulture) + ".",
        ListNumbering.Letter => Alpha(number) + ".",
        ListNumbering.NumberParenthesis => number.ToString(CultureInfo.InvariantCulture) + ")",
        ListNumbering.LetterParenthesis => Alpha(number) + ")",
        ListNumbering.Bullet => "\u2022",
        ListNumbering.Dash => "-",
        _ => throw new ArgumentOutOfRangeException(nameof(numbering), numbering, null),
    };

    // 1 → a, 26 → z, 27 → aa: bijective base 26, as word processors continue after z.
    public static string Alpha(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var label = string.Empty;
        while (number > 0)
        {
            number--;
            label = (char)('a' + (number % 26)) + label;
            number /= 26;
        }

        return label;
    }
}
