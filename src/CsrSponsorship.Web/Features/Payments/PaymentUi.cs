namespace CsrSponsorship.Web.Features.Payments;

// Receipts belong to payments: the invoice page links them from here, never the other way round.
internal static class PaymentUi
{
    public static string ReceiptUrl(int paymentId) => $"/dokumen/kuitansi/{paymentId}";
}
