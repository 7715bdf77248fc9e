using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CsrSponsorship.Web.Components.Shared;

// A status label drawn as MudChip draws a small filled chip, as plain markup in the row (decision 0216): in a list each
// row's MudChip was a component of its own (its state, parameter states and two render trees), kept in the server's
// memory for as long as the tab stays open. StatusChipTests keeps the two alike.
internal static class StatusChip
{
    public static RenderFragment For(string text, Color color) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-chip-container");
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", $"mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-{color.ToString().ToLowerInvariant()}");
        builder.AddAttribute(4, "tabindex", "-1");
        builder.OpenElement(5, "span");
        builder.AddAttribute(6, "class", "mud-chip-content");
        builder.AddContent(7, text);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };
}
