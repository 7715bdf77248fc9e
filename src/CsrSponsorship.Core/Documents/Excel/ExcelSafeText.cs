using System.Text;

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

    // XML 1.0 (every .xlsx part) cannot carry control characters other than tab and line breaks, U+FFFE/U+FFFF or
    // half a surrogate pair; XmlWriter throws on them. Text saved before input was sanitised, and the user name
    // typed at a failed sign-in (kept as typed, as evidence), can still hold them: write a stand-in, never fail.
    public static string ForXml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsXmlChar(c))
            {
                return Rewrite(text);
            }
        }

        return text;
    }

    private static string Rewrite(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(IsXmlChar(c) ? c : c < 0x20 ? ' ' : '\uFFFD');
            }
        }

        return sb.ToString();
    }

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and < '\uD800') or (> '\uDFFF' and < '\uFFFE');
}
