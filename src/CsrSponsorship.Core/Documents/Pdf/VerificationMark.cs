using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Core.Documents.Pdf;

// A QR code of the document's public verification link with a short caption beside it, so a company or BPJS
// officer can check that a printed invoice or receipt was really issued.
internal static class VerificationMark
{
    internal static readonly double Size = PdfUnits.FromCentimetres(2.5);

    private const double Gap = 6;
    private static readonly TextStyle CaptionStyle = TextStyle.Small with { Size = 8.5 };

    // Draws within [x, x + width) from `top`; returns the bottom edge. Does not move the cursor.
    internal static double Draw(PdfComposer composer, string url, string caption, double x, double top, double width)
    {
        var code = composer.QrCode(url, x, top, Size);
        composer.Link(url, code);
        var captionWidth = width - Size - Gap;
        var lines = composer.WrapText(caption, captionWidth, CaptionStyle);

        // The caption sits level with the middle of the code.
        var lineTop = top + ((Size - (lines.Count * CaptionStyle.LineHeight)) / 2);
        foreach (var line in lines)
        {
            composer.TextAt(line, code.Right + Gap, lineTop, CaptionStyle);
            lineTop += CaptionStyle.LineHeight;
        }

        return code.Bottom;
    }
}
