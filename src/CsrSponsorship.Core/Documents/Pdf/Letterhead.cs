using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Core.Documents.Pdf;

// Address, website and e-mail are settings; the logo is the regency emblem (or the national emblem for the
// Bupati's letterhead, whose lines are "BUPATI TANAH LAUT" / "PROVINSI KALIMANTAN SELATAN").
public sealed record LetterheadModel(
    string Regency,
    string Office,
    string Address,
    string? Website = null,
    string? Email = null,
    byte[]? LogoPng = null);

// The kop of Permendagri 1/2023: emblem at the left, names centred in bold, address and contacts below, closed
// by a thick-over-thin double rule. Invoices, receipts and circular letters all open with it.
public static class Letterhead
{
    private const double LogoGap = 6;
    private static readonly double LogoSize = PdfUnits.FromCentimetres(2.2);

    private static readonly TextStyle RegencyStyle = TextStyle.BodyBold with { Size = 14, Align = TextAlign.Center };
    private static readonly TextStyle OfficeStyle = TextStyle.BodyBold with { Size = 16, Align = TextAlign.Center };
    private static readonly TextStyle ContactStyle = TextStyle.Small with { Align = TextAlign.Center };

    public static void Compose(PdfComposer composer, LetterheadModel model)
    {
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(model);

        composer.EnsureSpace(LogoSize);
        var top = composer.CursorY;
        var logoBottom = top;
        var indent = 0d;
        if (model.LogoPng is { Length: > 0 } logo)
        {
            logoBottom = composer.Image(logo, new PdfBox(composer.ContentLeft, top, LogoSize, LogoSize)).Bottom;

            // Centred over the space right of the emblem, so a long office name can never run into it.
            indent = LogoSize + LogoGap;
        }

        foreach (var (text, style) in Lines(model))
        {
            composer.Paragraph(text, style with { LeftIndent = indent });
        }

        composer.SetCursor(Math.Max(composer.CursorY, logoBottom) + 3);
        composer.DoubleRule(spaceAfter: 10);
    }

    private static IEnumerable<(string Text, TextStyle Style)> Lines(LetterheadModel model)
    {
        if (!string.IsNullOrWhiteSpace(model.Regency))
        {
            yield return (model.Regency, RegencyStyle);
        }

        if (!string.IsNullOrWhiteSpace(model.Office))
        {
            yield return (model.Office, OfficeStyle);
        }

        if (!string.IsNullOrWhiteSpace(model.Address))
        {
            yield return (model.Address, ContactStyle);
        }

        var contacts = new[]
        {
            string.IsNullOrWhiteSpace(model.Website) ? null : "Laman: " + model.Website,
            string.IsNullOrWhiteSpace(model.Email) ? null : "Pos-el: " + model.Email,
        }.OfType<string>().ToList();
        if (contacts.Count > 0)
        {
            yield return (string.Join(", ", contacts), ContactStyle);
        }
    }
}
