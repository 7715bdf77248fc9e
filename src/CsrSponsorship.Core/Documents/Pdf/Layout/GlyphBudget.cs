using System.Text;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// Makes any string drawable in one face of one document. PdfPig embeds a face as a simple TrueType font (one
// byte per character code), so a document can use at most ~255 distinct characters per face before AddText
// throws; characters the font lacks (emoji, most non-Latin scripts) throw too. Both become "?", never an error.
internal sealed class GlyphBudget
{
    private const int MaxDistinct = 240;
    private const char Replacement = '?';

    private readonly PdfFont font;
    private readonly HashSet<char> admitted = [' ', Replacement];

    internal GlyphBudget(PdfFont font) => this.font = font;

    // Characters the document's face was given up front (PdfComposerOptions.ReservedCharacters, those it has).
    internal void Reserve(string characters) => admitted.UnionWith(characters);

    // One line of text: tabs and line breaks become spaces, everything else undrawable becomes "?".
    internal string Prepare(string text)
    {
        if (IsAlreadyAdmitted(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r')
            {
                sb.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // One replacement for a whole astral character such as an emoji, not one per UTF-16 unit.
                sb.Append(Replacement);
                i++;
            }
            else
            {
                sb.Append(Admit(c));
            }
        }

        return sb.ToString();
    }

    private bool IsAlreadyAdmitted(string text)
    {
        foreach (var c in text)
        {
            if (!admitted.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private char Admit(char c)
    {
        if (admitted.Contains(c))
        {
            return c;
        }

        if (!font.HasGlyph(c) || admitted.Count >= MaxDistinct)
        {
            return Replacement;
        }

        admitted.Add(c);
        return c;
    }
}
