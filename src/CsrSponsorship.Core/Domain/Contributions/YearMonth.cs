using System.Globalization;
using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Contributions;

// Contributions, rates and discount windows are all counted in calendar months, never in days.
public readonly record struct YearMonth : IComparable<YearMonth>
{
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    // yyyymm: how months are stored, so that SQL can compare and range over them.
    public int Number => (Year * 100) + Month;

    public static YearMonth FromNumber(int number) => new(number / 100, number % 100);

    public static YearMonth FromDate(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Parses the "2026-07" form produced by <see cref="ToString"/>.</summary>
    public static YearMonth Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year is < 1 or > 9999
            || month is < 1 or > 12)
        {
            throw new FormatException($"'{text}' is not a year-month in the form yyyy-MM.");
        }

        return new YearMonth(year, month);
    }

    public YearMonth AddMonths(int months)
    {
        var index = checked((Year * 12) + (Month - 1) + months);
        return new YearMonth(index / 12, (index % 12) + 1);
    }

    public int CompareTo(YearMonth other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Month.CompareTo(other.Month);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    /// <summary>2026-07</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    /// <summary>Juli 2026</summary>
    public string ToDisplayString() => IndonesianFormat.Month(Year, Month);
}
