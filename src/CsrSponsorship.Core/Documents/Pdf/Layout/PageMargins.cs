namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// In points. Parameters run top, bottom, left, right: the order the tata naskah rules state them.
public readonly record struct PageMargins(double Top, double Bottom, double Left, double Right)
{
    // Permendagri 1/2023: top 2 cm, bottom 2.5 cm, left 3 cm, right 2 cm.
    public static PageMargins Letter { get; } = FromCentimetres(top: 2, bottom: 2.5, left: 3, right: 2);

    public static PageMargins FromCentimetres(double top, double bottom, double left, double right) =>
        new(PdfUnits.FromCentimetres(top), PdfUnits.FromCentimetres(bottom),
            PdfUnits.FromCentimetres(left), PdfUnits.FromCentimetres(right));
}
