using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Pdf.Layout;

namespace CsrSponsorship.Core.Documents.Pdf;

// One page: letterhead, BUKTI PENCATATAN PEMBAYARAN, a sentence saying who records and who received the money,
// the payer, the amount in words (boxed), what for and how, then the amount in figures beside the signer and a QR
// code. It acknowledges a record, not money received by the office, so it has no stamp-duty (meterai) place:
// docs/decisions/0110-receipt-is-a-payment-record.md.
public static class ReceiptPdf
{
    public const string Heading = "BUKTI PENCATATAN PEMBAYARAN";

    private const double LabelWidth = 120;

    private static readonly TextStyle Body = TextStyle.Body with { Size = 11 };
    private static readonly TextStyle Title = TextStyle.BodyBold with { Size = 15, Align = TextAlign.Center };
    private static readonly TextStyle AmountStyle = TextStyle.BodyBold with { Size = 16 };
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

    public static byte[] Render(ReceiptPdfModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var composer = new PdfComposer(new PdfComposerOptions
        {
            PageNumbers = PageNumbering.None,
            Title = "Bukti Pencatatan Pembayaran " + model.ReceiptNumber + (model.Void is null ? "" : " (BATAL)"),
            Subject = "Pencatatan pembayaran iuran BPJS Ketenagakerjaan " + model.PayerName,
            Author = model.Letterhead.Office,
            Void = model.Void,
        });
        Letterhead.Compose(composer, model.Letterhead);
        ComposeTitle(composer, model);
        ComposeStatement(composer, model);
        ComposePayer(composer, model);
        ComposeAmountInWords(composer, model);
        ComposePurpose(composer, model);
        ComposeSignature(composer, model);
        return composer.Build();
    }

    private static void ComposeTitle(PdfComposer composer, ReceiptPdfModel model)
    {
        composer.Paragraph(model.Void is null ? Heading : Heading + " (BATAL)", Title with { SpaceBefore = 4 });
        composer.Paragraph("Nomor: " + model.ReceiptNumber, Body with { Align = TextAlign.Center, SpaceAfter = 12 });
    }

    // The invoice tells the company to pay BPJS TK directly; this says the same, so nobody reads it as a kuitansi.
    private static void ComposeStatement(PdfComposer composer, ReceiptPdfModel model) =>
        composer.Paragraph(
            $"{model.Recorder} telah mencatat pembayaran iuran BPJS Ketenagakerjaan berikut, yang dibayarkan perusahaan langsung kepada " +
            $"{model.PaidTo}. Dinas tidak menerima uang atas pembayaran ini; bukti ini bukan kuitansi penerimaan uang.",
            Body with { Align = TextAlign.Justify, SpaceAfter = 8 });

    private static void ComposePayer(PdfComposer composer, ReceiptPdfModel model)
    {
        var fields = new List<(string, string)> { ("Dibayar oleh", model.PayerName) };
        if (!string.IsNullOrWhiteSpace(model.PayerAddress))
        {
            fields.Add(("Alamat", model.PayerAddress));
        }

        if (!string.IsNullOrWhiteSpace(model.PayerNpwp))
        {
            fields.Add(("NPWP", Domain.Companies.NpwpNumber.Display(model.PayerNpwp)));
        }

        FieldBlock.Compose(composer, fields, LabelWidth, Fields with { SpaceAfter = 4 });
    }

    private static void ComposeAmountInWords(PdfComposer composer, ReceiptPdfModel model)
    {
        composer.EnsureSpace(Body.LineHeight + (2 * WordsBox.CellPaddingY));
        var top = composer.CursorY + WordsBox.CellPaddingY;
        composer.TextAt("Sejumlah", composer.ContentLeft, top, Body);
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
                ("Untuk", model.Purpose),
                ("Dibayarkan kepada", model.PaidTo),
                ("Cara pembayaran", model.MethodText),
                ("Referensi bank", model.BankReference),
                ("Tanggal pembayaran", IndonesianFormat.Date(model.PaidOn)),
            ],
            LabelWidth,
            Fields with { SpaceAfter = 20 });

    private static void ComposeSignature(PdfComposer composer, ReceiptPdfModel model)
    {
        var signature = SignatureBlock.Compose(composer, model.Signer, rightAligned: true);
        var left = composer.ContentLeft;
        var width = signature.Block.X - left - 12;
        var amountBottom = ComposeAmountInFigures(composer, model.Amount, left, signature.Block.Top);
        var codeBottom = VerificationMark.Draw(
            composer, model.VerificationUrl, "Pindai untuk memeriksa keaslian bukti pencatatan ini", left, amountBottom + 14, width);
        composer.SetCursor(Math.Max(signature.Block.Bottom, codeBottom));
    }

    // The figure box: "Rp 5.250.000", large, so it cannot be altered unnoticed.
    private static double ComposeAmountInFigures(PdfComposer composer, long amount, double left, double top)
    {
        var text = IndonesianFormat.Rupiah(amount);
        var box = new PdfBox(left, top, composer.MeasureWidth(text, AmountStyle) + 24, AmountStyle.LineHeight + 12);
        composer.FillRectangle(box, 235);
        composer.StrokeRectangle(box, lineWidth: 1);
        composer.TextAt(text, left + 12, top + 6, AmountStyle);
        return box.Bottom;
    }
}
