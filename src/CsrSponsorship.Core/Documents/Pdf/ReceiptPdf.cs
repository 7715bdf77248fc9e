using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Documents.Pdf;

// One page: letterhead, KUITANSI, who paid, the amount in words (boxed), what for and how, then the amount in
// figures beside the signer, with the stamp-duty place in the signing space when required, and a QR code.
public static class ReceiptPdf
{
    private const double LabelWidth = 120;

    private static readonly TextStyle Body = TextStyle.Body with { Size = 11 };
    private static readonly TextStyle Title = TextStyle.BodyBold with { Size = 16, Align = TextAlign.Center };
    private static readonly TextStyle AmountStyle = TextStyle.BodyBold with { Size = 16 };
    private static readonly TextStyle StampLabel = TextStyle.Small with { Size = 8, Align = TextAlign.Center };
    private static readonly TableStyle Fields = TableStyle.Borderless with { Body = Body, CellPaddingY = 3 };

    private static readonly TableStyle WordsBox = TableStyle.Default with
    {
        Body = Body with { Font = PdfFontStyle.Italic },
        ShowHeader = false,
        CellPaddingX = 6,
        CellPaddingY = 5,
        Indent = LabelWidth + FieldBlock.ColonWidth,
        BorderWidth = 0.75,
    };

    // Room for the signature over a stamp-duty label; the same on every receipt so they all look alike.
    private static readonly SignatureOptions Signature = SignatureOptions.Default with { SigningSpace = PdfUnits.FromCentimetres(2.6) };
    private static readonly PdfBox StampBox = new(0, 0, PdfUnits.FromCentimetres(3.2), PdfUnits.FromCentimetres(2.0));

    public static byte[] Render(ReceiptPdfModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var composer = new PdfComposer(new PdfComposerOptions
        {
            PageNumbers = PageNumbering.None,
            Title = "Kuitansi " + model.ReceiptNumber,
            Subject = "Kuitansi pembayaran " + model.PayerName,
            Author = model.Letterhead.Office,
        });
        Letterhead.Compose(composer, model.Letterhead);
        ComposeTitle(composer, model);
        ComposeReceivedFrom(composer, model);
        ComposeAmountInWords(composer, model);
        ComposePurpose(composer, model);
        ComposeSignature(composer, model);
        return composer.Build();
    }

    private static void ComposeTitle(PdfComposer composer, ReceiptPdfModel model)
    {
        composer.Paragraph("KUITANSI", Title with { SpaceBefore = 4 });
        composer.Paragraph("Nomor: " + model.ReceiptNumber, Body with { Align = TextAlign.Center, SpaceAfter = 14 });
    }

    private static void ComposeReceivedFrom(PdfComposer composer, ReceiptPdfModel model) =>
        FieldBlock.Compose(composer, [("Telah terima dari", model.PayerName)], LabelWidth, Fields with { SpaceAfter = 4 });

    private static void ComposeAmountInWords(PdfComposer composer, ReceiptPdfModel model)
    {
        composer.EnsureSpace(Body.LineHeight + (2 * WordsBox.CellPaddingY));
        var top = composer.CursorY + WordsBox.CellPaddingY;
        composer.TextAt("Uang sejumlah", composer.ContentLeft, top, Body);
        composer.TextAt(":", composer.ContentLeft + LabelWidth, top, Body);
        composer.Table(
            [TableColumn.Relative(string.Empty)],
            [new TableRow([DocumentText.Sentence(model.AmountInWords)]) { Shade = 240 }],
            WordsBox with { SpaceAfter = 4 });
    }

    private static void ComposePurpose(PdfComposer composer, ReceiptPdfModel model) =>
        FieldBlock.Compose(
            composer,
            [
                ("Untuk pembayaran", model.Purpose),
                ("Cara pembayaran", model.MethodText),
                ("Referensi bank", model.BankReference),
                ("Tanggal pembayaran", IndonesianFormat.Date(model.PaidOn)),
            ],
            LabelWidth,
            Fields with { SpaceAfter = 20 });

    private static void ComposeSignature(PdfComposer composer, ReceiptPdfModel model)
    {
        var signature = SignatureBlock.Compose(composer, model.Signer, rightAligned: true, Signature);
        if (model.StampDutyRequired)
        {
            ComposeStampDuty(composer, signature.SigningSpace);
        }

        var left = composer.ContentLeft;
        var width = signature.Block.X - left - 12;
        var amountBottom = ComposeAmountInFigures(composer, model.Amount, left, signature.Block.Top);
        var codeBottom = VerificationMark.Draw(
            composer, model.VerificationUrl, "Pindai untuk memeriksa keaslian kuitansi", left, amountBottom + 14, width);
        composer.SetCursor(Math.Max(signature.Block.Bottom, codeBottom));
    }

    // The figure box of a kuitansi: "Rp5.250.000", large, so it cannot be altered unnoticed.
    private static double ComposeAmountInFigures(PdfComposer composer, long amount, double left, double top)
    {
        var text = IndonesianFormat.RupiahInText(amount);
        var box = new PdfBox(left, top, composer.MeasureWidth(text, AmountStyle) + 24, AmountStyle.LineHeight + 12);
        composer.FillRectangle(box, 235);
        composer.StrokeRectangle(box, lineWidth: 1);
        composer.TextAt(text, left + 12, top + 6, AmountStyle);
        return box.Bottom;
    }

    // UU 10/2020: the Rp10.000 stamp is stuck where the signer signs, the signature running over its edge;
    // the dashed box shows the place.
    private static void ComposeStampDuty(PdfComposer composer, PdfBox signingSpace)
    {
        var box = StampBox with
        {
            X = signingSpace.X,
            Top = signingSpace.Top + ((signingSpace.Height - StampBox.Height) / 2),
        };
        composer.StrokeRectangle(box, lineWidth: 0.75, dash: 3);
        var centre = box.X + (box.Width / 2);
        var lineTop = box.Top + ((box.Height - (2 * StampLabel.LineHeight)) / 2);
        composer.TextAt("Meterai", centre, lineTop, StampLabel);
        composer.TextAt("Rp10.000", centre, lineTop + StampLabel.LineHeight, StampLabel);
    }
}
