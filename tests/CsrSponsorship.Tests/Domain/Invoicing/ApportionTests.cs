using CsrSponsorship.Core.Domain.Invoicing;

namespace CsrSponsorship.Tests.Domain.Invoicing;

public sealed class ApportionTests
{
    [Fact]
    public void A_split_follows_the_weights_and_adds_up_to_the_rupiah()
    {
        // December 2026 inside the PP 50/2025 window, January–May 2027 outside it.
        Assert.Equal([8_400, 16_800, 16_800, 16_800, 16_800, 16_800], Apportion.Split(92_400, [8_400, 16_800, 16_800, 16_800, 16_800, 16_800]));
        Assert.Equal([34, 33, 33], Apportion.Split(100, [1, 1, 1]));
        Assert.Equal([1, 2], Apportion.Split(3, [1, 1]).Order());
    }

    [Fact]
    public void Leftover_rupiah_go_to_the_largest_remainders_and_ties_to_the_earlier_part()
    {
        Assert.Equal([33, 67], Apportion.Split(100, [1, 2]));
        Assert.Equal([2, 1, 1], Apportion.Split(4, [1, 1, 1]));
        Assert.Equal([0, 0, 0], Apportion.Split(0, [5, 0, 7]));
    }

    [Fact]
    public void Weights_that_are_all_zero_split_equally()
    {
        Assert.Equal([50, 50], Apportion.Split(100, [0, 0]));
        Assert.Throws<ArgumentException>(() => Apportion.Split(1, []));
    }
}
