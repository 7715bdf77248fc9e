namespace CsrSponsorship.Core.Documents.Excel;

// Text that Excel (or a CSV opened in it) could take for a formula: = + - @, or a leading tab/CR/LF that
// hides one. Such cells are written as text with Excel's quote prefix, so they show as typed and
// stay text even when someone edits them. Spaces and invisible characters in front do not disarm a sign
// (a cell retyped or pasted elsewhere loses them), and full-width ＝＋－＠ count too: East Asian input
// methods turn them into = + - @.
public static class ExcelSafeText
{
    public static bool NeedsQuotePrefix(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text[0] is '\t' or '\r' or '\n')
        {
            return true;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            return c is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
        }

        return false;
    }
}
