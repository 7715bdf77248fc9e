using System.Globalization;
using System.Text;
using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Workers;

// "Siti  Aminah," and "SITI AMINAH" are the same name for duplicate review; titles and punctuation are noise.
public static class NameKey
{
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingSpace = false;

        // Search boxes reach here unvalidated: string.Normalize throws on half surrogate pairs and noncharacters.
        foreach (var c in UserText.Sanitize(name).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetter(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(char.ToUpperInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is '.' or ',' or '-' or '\'')
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }
}
