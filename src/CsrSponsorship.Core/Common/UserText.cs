using System.Text;

namespace CsrSponsorship.Core.Common;

// Free text typed or pasted by a person (names, addresses), made safe to store and show everywhere: control
// characters (NUL, escape codes) are dropped, direction overrides too (U+202E makes "ahmad" read "damha", a spoofing
// trick), noncharacters go and half surrogate pairs become U+FFFD. string.Normalize throws on the last two, and XML
// (every .xlsx) cannot carry any of them. Tabs and line breaks stay for multi-line fields to keep or collapse.
public static class UserText
{
    private const char Replacement = '\uFFFD';

    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsClean(text) ? text : Rewrite(text);
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (Unwanted(c) || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Rewrite(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append(Replacement);
            }
            else if (!Unwanted(c))
            {
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                // Vertical tab, form feed, NEL and the C0 separators still separate words.
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    private static bool Unwanted(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFFFE' or '\uFFFF';
}
