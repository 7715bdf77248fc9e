using System.Globalization;
using System.Text;

namespace CsrSponsorship.Core.Common;

// Part of a download's file name made from data (a document number, a company name): plain ASCII letters, digits,
// dots and dashes, so every browser, zip tool and e-mail client keeps it, and short, so a 10,000-character company
// name cannot become a 10,000-character header.
public static class FileNames
{
    public const int MaxPartLength = 60;

    // "900.1/007/Disnakerind/VII/2026" → "900.1-007-Disnakerind-VII-2026"; "PT Sumber Daya Ñusantara" → "PT-Sumber-Daya-Nusantara".
    public static string Part(string? text, string fallback = "dokumen")
    {
        var folded = UserText.Sanitize(text ?? "").Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(Math.Min(folded.Length, MaxPartLength));
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var keep = char.IsAsciiLetterOrDigit(c) || c == '.';
            if (keep || (builder.Length > 0 && builder[^1] != '-'))
            {
                builder.Append(keep ? c : '-');
            }

            if (builder.Length >= MaxPartLength)
            {
                break;
            }
        }

        var part = builder.ToString().Trim('-', '.');
        return part.Length == 0 ? fallback : part;
    }
}
