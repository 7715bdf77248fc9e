using CsrSponsorship.Web.Components.Shared;
using MudBlazor;

namespace CsrSponsorship.Tests.Web;

// MudBlazor's default put a label every 20 units: the finance chart of 0–25 million showed only "0" and "20".
public sealed class ChartAxisTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(25, 5)]
    [InlineData(42, 10)]
    [InlineData(90, 20)]
    [InlineData(1_378, 500)]
    [InlineData(12_000, 5_000)]
    public void The_vertical_axis_gets_about_five_labelled_lines_on_a_one_two_five_step(double max, int step) =>
        Assert.Equal(step, ChartAxis.Step(max));

    [Fact]
    public void Axis_labels_are_written_the_Indonesian_way()
    {
        var options = ChartAxis.For(new BarChartOptions(), [1_500d, 2.5d]);

        Assert.Equal(500, options.YAxisTicks);
        Assert.Equal("1.500", options.YAxisToStringFunc!(1500));
        Assert.Equal("2,5", options.YAxisToStringFunc!(2.5));
    }
}
