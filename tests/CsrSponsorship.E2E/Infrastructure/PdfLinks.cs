using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace CsrSponsorship.E2E.Infrastructure;

public static class PdfLinks
{
    // The web addresses a PDF links to (the verification QR code is a link too), in page order.
    public static IReadOnlyList<string> Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri)];
    }
}
