using CsrSponsorship.Core.Documents.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace CsrSponsorship.Tests.Documents.Pdf;

// On screen the verification QR code opens what it encodes; a test (or a reader) gets the address without decoding it.
public sealed class VerificationLinkTests
{
    [Fact]
    public void The_QR_code_of_an_invoice_and_of_a_receipt_is_a_link_to_its_verification_address()
    {
        var invoice = DocumentModels.Invoice();
        var receipt = DocumentModels.Receipt();

        Assert.Equal([invoice.VerificationUrl], Links(InvoicePdf.Render(invoice)));
        Assert.Equal([receipt.VerificationUrl], Links(ReceiptPdf.Render(receipt)));
    }

    private static List<string> Links(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri)];
    }
}
