using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Contributions;

namespace CsrSponsorship.Core.Documents.Pdf;

// Wording that more than one document prints the same way. Formatting only: amounts arrive computed.
public static class DocumentText
{
    private const char NoBreakSpace = '\u00A0';
    private const char EnDash = '\u2013';

    // The three-letter forms Indonesian calendars use (CLDR "id"): Agu, not Aug; Mei, Okt, Des.
    private static readonly string[] ShortMonthNames =
        ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

    /// <summary>Table cells: "Rp 16.800" with a no-break space, so a narrow column never parts "Rp" from the number.</summary>
    public static string RupiahCell(long amount) =>
        (amount < 0 ? "-" + IndonesianFormat.Rupiah(-amount) : IndonesianFormat.Rupiah(amount)).Replace(' ', NoBreakSpace);

    /// <summary>Juli 2026 · Juli–Desember 2026 · November 2026–April 2027</summary>
    public static string Period(YearMonth start, YearMonth end) => Range(start, end, IndonesianFormat.MonthName);

    /// <summary>Narrow table columns: Jul 2026 · Jul–Des 2026 · Nov 2026–Apr 2027</summary>
    public static string ShortPeriod(YearMonth start, YearMonth end) => Range(start, end, month => ShortMonthNames[month - 1]);

    private static string Range(YearMonth start, YearMonth end, Func<int, string> monthName)
    {
        if (end < start)
        {
            throw new ArgumentException($"The period ends ({end}) before it starts ({start}).", nameof(end));
        }

        string Full(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"{monthName(month.Month)} {month.Year}");
        if (start == end)
        {
            return Full(start);
        }

        return start.Year == end.Year
            ? monthName(start.Month) + EnDash + Full(end)
            : Full(start) + EnDash + Full(end);
    }

    // "enam juta rupiah" → "Enam juta rupiah" where the words stand alone, as in a receipt's amount box.
    internal static string Sentence(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
