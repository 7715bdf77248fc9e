namespace CsrSponsorship.Core.Documents.Pdf.Layout;

public sealed record PageSetup(PaperSize Paper, PageMargins Margins)
{
    public static PageSetup A4Letter { get; } = new(PaperSize.A4, PageMargins.Letter);

    public static PageSetup F4Letter { get; } = new(PaperSize.F4, PageMargins.Letter);

    public double Width => Paper.Width;

    public double Height => Paper.Height;

    public double ContentWidth => Width - Margins.Left - Margins.Right;

    public double ContentHeight => Height - Margins.Top - Margins.Bottom;
}
