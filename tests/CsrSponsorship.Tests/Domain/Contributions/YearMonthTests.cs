using CsrSponsorship.Core.Domain.Contributions;

namespace CsrSponsorship.Tests.Domain.Contributions;

public sealed class YearMonthTests
{
    [Theory]
    [InlineData(2026, 11, 3, "2027-02")]
    [InlineData(2026, 1, -1, "2025-12")]
    [InlineData(2026, 7, 0, "2026-07")]
    [InlineData(2026, 7, 12, "2027-07")]
    [InlineData(2026, 7, -19, "2024-12")]
    public void Adding_months_crosses_year_boundaries(int year, int month, int add, string expected) =>
        Assert.Equal(expected, new YearMonth(year, month).AddMonths(add).ToString());

    [Fact]
    public void Months_are_displayed_in_Indonesian() =>
        Assert.Equal("Juli 2026", new YearMonth(2026, 7).ToDisplayString());

    [Fact]
    public void Months_compare_by_year_then_month()
    {
        var december = new YearMonth(2025, 12);
        var january = new YearMonth(2026, 1);

        Assert.True(december < january);
        Assert.True(january >= december);
        Assert.True(january <= new YearMonth(2026, 1));
        Assert.Equal(new YearMonth(2026, 1), january);
        Assert.Equal([december, january], new[] { january, december }.Order());
    }

    [Fact]
    public void A_date_belongs_to_its_calendar_month() =>
        Assert.Equal(new YearMonth(2026, 6), YearMonth.FromDate(new DateOnly(2026, 6, 30)));

    [Fact]
    public void The_text_form_round_trips() =>
        Assert.Equal(new YearMonth(2026, 7), YearMonth.Parse(new YearMonth(2026, 7).ToString()));

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-7-1")]
    [InlineData("juli 2026")]
    [InlineData("-2026-07")]
    public void Malformed_text_is_not_a_month(string text) =>
        Assert.Throws<FormatException>(() => YearMonth.Parse(text));

    [Theory]
    [InlineData(2026, 0)]
    [InlineData(2026, 13)]
    [InlineData(0, 1)]
    public void Impossible_months_cannot_be_built(int year, int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(year, month));
}
