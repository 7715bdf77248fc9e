using System.Globalization;
using System.Text;

namespace CsrSponsorship.Core.Common;

// One formatter for every screen, document and export. It never reads CultureInfo.CurrentCulture:
// servers run with whatever locale the host has, and these strings must not change with it.
public static class IndonesianFormat
{
    private static readonly string[] MonthNames =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    private static readonly string[] DayNames =
    [
        "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu",
    ];

    public static string MonthName(int month) => MonthNames[month - 1];

    public static string DayName(DayOfWeek day) => DayNames[(int)day];

    /// <summary>18 Juni 2026</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthName(date.Month)} {date.Year}");

    /// <summary>Kamis, 18 Juni 2026</summary>
    public static string DateWithDay(DateOnly date) => $"{DayName(date.DayOfWeek)}, {Date(date)}";

    /// <summary>Juni 2026</summary>
    public static string Month(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{MonthName(month)} {year}");

    /// <summary>A wall-clock time the Indonesian way: 08.00</summary>
    public static string Time(TimeOnly time) => time.ToString("HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant shown in WITA: 18 Juni 2026 14.05 WITA</summary>
    public static string DateTime(DateTime utc)
    {
        var local = Wita.FromUtc(utc);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Date(DateOnly.FromDateTime(local))} {local.Hour:00}.{local.Minute:00} WITA");
    }

    /// <summary>"Rp 16.800": the one rupiah format of screens, dialogs, messages and documents (decision 0192).</summary>
    public static string Rupiah(long amount) => "Rp " + Thousands(amount);

    /// <summary>1234567 → 1.234.567 (negative amounts keep their sign).</summary>
    public static string Thousands(long value)
    {
        var digits = Math.Abs((decimal)value).ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder(digits.Length + (digits.Length / 3) + 1);
        if (value < 0)
        {
            sb.Append('-');
        }

        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                sb.Append('.');
            }

            sb.Append(digits[i]);
        }

        return sb.ToString();
    }
}
