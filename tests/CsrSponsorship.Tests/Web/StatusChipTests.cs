using System.Text.RegularExpressions;
using Bunit;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using MudBlazor;

namespace CsrSponsorship.Tests.Web;

// Lists draw their status labels as plain markup (decision 0216); they must look exactly like MudBlazor's small chip.
public sealed class StatusChipTests : MudTestContext
{
    [Theory]
    [InlineData(Color.Success)]
    [InlineData(Color.Warning)]
    [InlineData(Color.Default)]
    public void A_status_label_is_drawn_with_the_same_markup_as_a_small_MudChip(Color color)
    {
        var chip = Render<MudChip<string>>(p => p.Add(c => c.Size, Size.Small).Add(c => c.Color, color).AddChildContent("Terverifikasi"));

        var label = Render(StatusChip.For("Terverifikasi", color));

        // MudChip's container carries a fresh random id that nothing refers to; everything else must be the same.
        label.MarkupMatches(Regex.Replace(chip.Markup, @" id=""chip-container-[0-9a-f-]+""", ""));
    }
}
