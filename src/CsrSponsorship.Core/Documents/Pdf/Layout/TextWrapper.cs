namespace CsrSponsorship.Core.Documents.Pdf.Layout;

internal sealed record WrappedLine(IReadOnlyList<string> Words, double Width, bool EndsParagraph)
{
    public string Text => string.Join(' ', Words);
}

// Greedy line filling on spaces (a no-break space keeps "Rp 16.800" together); a word longer than the line is
// broken after a slash or hyphen in it, else between letters with a hyphen added. Input lines are already prepared by GlyphBudget, so widths match what is drawn.
internal static class TextWrapper
{
    private const double Tolerance = 0.01;

    internal static List<WrappedLine> Wrap(
        IReadOnlyList<string> hardLines, PdfFont font, double size, double firstLineWidth, double width)
    {
        var result = new List<WrappedLine>();
        var space = font.Width(' ', size);
        var available = firstLineWidth;
        foreach (var hardLine in hardLines)
        {
            var words = hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var current = new List<string>();
            var currentWidth = 0d;
            foreach (var original in words)
            {
                var word = original;
                var wordWidth = font.Width(word, size);
                var needed = current.Count == 0 ? wordWidth : currentWidth + space + wordWidth;
                if (needed <= available + Tolerance)
                {
                    current.Add(word);
                    currentWidth = needed;
                    continue;
                }

                if (current.Count > 0)
                {
                    result.Add(new WrappedLine(current, currentWidth, EndsParagraph: false));
                    current = [];
                    available = width;
                }

                while (wordWidth > available + Tolerance && word.Length > 1)
                {
                    var piece = Piece(word, font, size, available);
                    var take = piece.EndsWith('-') && !word.StartsWith(piece, StringComparison.Ordinal) ? piece.Length - 1 : piece.Length;
                    result.Add(new WrappedLine([piece], font.Width(piece, size), EndsParagraph: false));
                    available = width;
                    word = word[take..];
                    wordWidth = font.Width(word, size);
                }

                current.Add(word);
                currentWidth = wordWidth;
            }

            result.Add(new WrappedLine(current, currentWidth, EndsParagraph: true));
            available = width;
        }

        return result;
    }

    // The head of a word too long for the line. "(Pangkalan/Online)" breaks after the slash, where a reader expects
    // it; a break between two letters gets a hyphen ("Pangka-" / "lan"); digits (a NIK, an amount) break bare,
    // since a hyphen inside a number would change what it says.
    private static string Piece(string word, PdfFont font, double size, double available)
    {
        var take = FittingPrefix(word, font, size, available);
        for (var i = take; i >= 2; i--)
        {
            if (word[i - 1] is '/' or '-')
            {
                return word[..i];
            }
        }

        if (take >= 3 && char.IsLetter(word[take - 1]) && char.IsLetter(word[take]))
        {
            var hyphenated = FittingPrefix(word, font, size, available - font.Width('-', size));
            if (hyphenated >= 2 && char.IsLetter(word[hyphenated - 1]) && char.IsLetter(word[hyphenated]))
            {
                return word[..hyphenated] + "-";
            }
        }

        return word[..take];
    }

    // At least one character, so a column narrower than one glyph still terminates.
    private static int FittingPrefix(string word, PdfFont font, double size, double available)
    {
        var used = 0d;
        for (var i = 0; i < word.Length; i++)
        {
            used += font.Width(word[i], size);
            if (used > available + Tolerance)
            {
                return Math.Max(1, i);
            }
        }

        return word.Length;
    }
}
