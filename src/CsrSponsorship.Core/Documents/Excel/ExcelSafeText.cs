namespace CsrSponsorship.Core.Documents.Excel;

// Text that Excel (or a CSV opened in it) could take for a formula: = + - @, or a leading tab/CR that
// hides one. Such cells are written as text with Excel's quote prefix, so they show as typed and
// stay text even when someone edits them.
public static class ExcelSafeText
{
    public static bool NeedsQuotePrefix(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
