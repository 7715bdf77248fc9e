namespace CsrSponsorship.Core.Documents.Pdf.Layout;

public readonly record struct PaperSize(string Name, double WidthMm, double HeightMm)
{
    public static PaperSize A4 { get; } = new("A4", 210, 297);

    // F4 (folio) is still the common office paper in Indonesian government offices.
    public static PaperSize F4 { get; } = new("F4", 215, 330);

    public double Width => PdfUnits.FromMillimetres(WidthMm);

    public double Height => PdfUnits.FromMillimetres(HeightMm);

    public PaperSize Landscape() => WidthMm > HeightMm ? this : new(Name, HeightMm, WidthMm);
}
