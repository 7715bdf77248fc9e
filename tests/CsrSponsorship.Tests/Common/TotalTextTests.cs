using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Tests.Common;

public sealed class TotalTextTests
{
    [Fact]
    public void A_counted_total_reads_as_a_range_of_the_exact_number()
    {
        Assert.Equal("51–100 dari 1.234", TotalText.Range(51, 100, 1_234, isLowerBound: false, "pekerja"));
    }

    [Fact]
    public void A_total_past_the_counting_limit_says_more_than_and_how_to_get_the_exact_number()
    {
        Assert.Equal(
            "1–50 dari lebih dari 10.000 pekerja — persempit pencarian untuk melihat jumlah pastinya",
            TotalText.Range(1, 50, 10_000, isLowerBound: true, "pekerja"));
    }
}
