using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Features.Outreach;

internal static class OneLineText
{
    // A one-line field: line breaks and tabs become spaces, as a pasted address would otherwise break the list row.
    public static string Clean(string? value) =>
        value is null ? "" : string.Join(' ', UserText.Sanitize(value).Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
