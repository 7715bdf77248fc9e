namespace CsrSponsorship.Core.Domain.Workers;

internal static class PastedText
{
    // string.Trim already covers tabs and NBSP; zero-width space and BOM are not whitespace to .NET
    // but ride along with text copied from chats and spreadsheets.
    public static string Trim(string? input) => input?.Trim().Trim('\u200B', '\uFEFF').Trim() ?? "";
}
