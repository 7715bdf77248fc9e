using System.Text;

namespace CsrSponsorship.Core.Common;

// How a typed or spreadsheet name is compared with a known one (a column header, a desa, an occupation): case, repeated
// spaces, hyphens and underscores do not distinguish names, so "asam asam" finds "Asam-Asam".
public static class MatchKey
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || c == '-' || c == '_')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
