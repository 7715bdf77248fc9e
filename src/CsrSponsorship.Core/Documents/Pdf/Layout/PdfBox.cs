namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// A rectangle in top-down page coordinates: X from the left edge, Top from the top edge, in points.
public readonly record struct PdfBox(double X, double Top, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Top + Height;
}
