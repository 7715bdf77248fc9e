namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// PDF user space is measured in points (1/72 inch); paper and margins are specified in mm and cm.
public static class PdfUnits
{
    public const double PointsPerInch = 72;
    public const double MillimetresPerInch = 25.4;

    public static double FromMillimetres(double mm) => mm * PointsPerInch / MillimetresPerInch;

    public static double FromCentimetres(double cm) => FromMillimetres(cm * 10);

    public static double ToMillimetres(double points) => points * MillimetresPerInch / PointsPerInch;
}
