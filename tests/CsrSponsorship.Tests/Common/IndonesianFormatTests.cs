using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Tests.Common;

public sealed class IndonesianFormatTests
{
    [Theory]
    [InlineData(2026, 6, 18, "18 Juni 2026")]
    [InlineData(2026, 1, 1, "1 Januari 2026")]
    [InlineData(2024, 2, 29, "29 Februari 2024")]
    [InlineData(2026, 12, 31, "31 Desember 2026")]
    public void Dates_use_Indonesian_month_names(int y, int m, int d, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Date(new DateOnly(y, m, d)));

    [Fact]
    public void Friday_is_Jumat() =>
        Assert.Equal("Jumat, 19 Juni 2026", IndonesianFormat.DateWithDay(new DateOnly(2026, 6, 19)));

    [Theory]
    [InlineData(0, "Rp 0")]
    [InlineData(999, "Rp 999")]
    [InlineData(16800, "Rp 16.800")]
    [InlineData(1104000, "Rp 1.104.000")]
    [InlineData(999_000_000_000_000, "Rp 999.000.000.000.000")]
    [InlineData(-5000, "Rp -5.000")]
    public void Rupiah_in_table_cells_has_a_space_and_dot_thousands(long amount, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Rupiah(amount));

    [Fact]
    public void Rupiah_reads_the_same_in_running_text_as_in_tables() =>
        Assert.Equal("Jumlah melebihi sisa tagihan (Rp 1.104.000).", $"Jumlah melebihi sisa tagihan ({IndonesianFormat.Rupiah(1_104_000)}).");

    [Fact]
    public void UTC_times_are_shown_in_WITA()
    {
        // 23:30 UTC on 30 June is already 1 July in Pelaihari.
        Assert.Equal("1 Juli 2026 07.30 WITA", IndonesianFormat.DateTime(new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Formatting_does_not_follow_the_servers_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("en-US");
            Assert.Equal("Rp 1.250.000", IndonesianFormat.Rupiah(1_250_000));
            Assert.Equal("18 Juni 2026", IndonesianFormat.Date(new DateOnly(2026, 6, 18)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
