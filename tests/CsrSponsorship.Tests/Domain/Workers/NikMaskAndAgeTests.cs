using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Tests.Domain.Workers;

public sealed class NikMaskAndAgeTests
{
    [Fact]
    public void A_masked_NIK_keeps_region_and_serial_only() =>
        Assert.Equal("630102••••••0001", NikMask.Mask("6301021505900001"));

    [Theory]
    [InlineData("630102150590000")]
    [InlineData("6301 02150590001")]
    [InlineData("")]
    public void A_malformed_NIK_is_masked_whole(string nik) =>
        Assert.Equal("••••••••••••••••", NikMask.Mask(nik));

    [Theory]
    [InlineData("1990-05-15", "2026-05-14", 35)]
    [InlineData("1990-05-15", "2026-05-15", 36)]
    [InlineData("2008-07-01", "2026-06-30", 17)]
    [InlineData("2008-07-01", "2026-07-01", 18)]
    [InlineData("1996-02-29", "2026-02-28", 29)]
    [InlineData("1996-02-29", "2026-03-01", 30)]
    [InlineData("1996-02-29", "2028-02-29", 32)]
    [InlineData("2026-11-23", "2026-11-23", 0)]
    public void Age_counts_full_years(string birth, string on, int expected) =>
        Assert.Equal(expected, Age.On(Parse(birth), Parse(on)));

    [Fact]
    public void Age_before_birth_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Age.On(new DateOnly(2000, 1, 2), new DateOnly(2000, 1, 1)));

    private static DateOnly Parse(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
