using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Invoicing;

namespace CsrSponsorship.Tests.Domain.Invoicing;

public sealed class TerbilangTests
{
    // The shared case list from the domain brief, copied verbatim so that it stays the single source.
    public static TheoryData<long, string> SharedCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "terbilang-cases.tsv");
        var data = new TheoryData<long, string>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var columns = line.TrimEnd('\r').Split('\t');
            data.Add(long.Parse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture), columns[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SharedCases))]
    public void Every_case_in_the_shared_list_is_written_as_agreed(long amount, string expected) =>
        Assert.Equal(expected, Terbilang.Rupiah(amount));

    [Fact]
    public void The_shared_list_is_read_completely() =>
        Assert.Equal(40, SharedCases().Count);

    [Theory]
    [InlineData(999_999_999_999_999, "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan rupiah")]
    [InlineData(1_000_001, "satu juta satu rupiah")]
    [InlineData(2_000_000_000, "dua miliar rupiah")]
    [InlineData(11_011_011, "sebelas juta sebelas ribu sebelas rupiah")]
    [InlineData(1_100, "seribu seratus rupiah")]
    [InlineData(110_000, "seratus sepuluh ribu rupiah")]
    [InlineData(1_000_000_000_001, "satu triliun satu rupiah")]
    [InlineData(1_001_001_001_001, "satu triliun satu miliar satu juta seribu satu rupiah")]
    [InlineData(21_000, "dua puluh satu ribu rupiah")]
    [InlineData(100_000_000_000_000, "seratus triliun rupiah")]
    public void Edge_amounts_follow_the_se_and_scale_rules(long amount, string expected) =>
        Assert.Equal(expected, Terbilang.Rupiah(amount));

    [Fact]
    public void Words_leave_out_the_currency() =>
        Assert.Equal("enam belas ribu delapan ratus", Terbilang.Words(16_800));

    [Theory]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    [InlineData(1_000_000_000_000_000)]
    [InlineData(long.MaxValue)]
    public void Amounts_outside_zero_to_999_triliun_are_refused(long amount) =>
        Assert.Throws<DomainException>(() => Terbilang.Rupiah(amount));
}
