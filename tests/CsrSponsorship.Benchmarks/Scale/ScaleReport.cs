using System.Globalization;
using System.Text.Json;

namespace CsrSponsorship.Benchmarks.Scale;

// The one JSON object of issue 20, keys in snake_case: workers, seed_s, list_filtered_ms, ... payment_errors.
public sealed record ScaleReport(
    int Workers,
    double SeedS,
    double ListFilteredMs,
    double ListUnfilteredMs,
    double ListNameMs,
    double DashboardMs,
    double DashboardCountMs,
    double PublicPageMs,
    int LetterRecipients,
    double LetterCombinedS,
    double LetterPeakMb,
    double LetterSingleCopyMs,
    double InvoicePdfPerS,
    int ExcelRows,
    double ExcelS,
    double ExcelPeakMb,
    int PaymentWriters,
    double PaymentP50Ms,
    double PaymentP95Ms,
    double PaymentP99Ms,
    int PaymentErrors,
    double ListSponsorshipsMs,
    double ListSponsorshipsDeepMs,
    double ListInvoicesMs,
    double ListInvoicesDeepMs,
    double ListPaymentsMs,
    double ListPaymentsDeepMs,
    int AuditRows,
    double ListAuditMs,
    double ListAuditDeepMs,
    double ListAuditFilteredMs)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    public static ScaleReport From(
        ScaleOptions options, double seedSeconds, PageFigures pages, LetterFigures letter, double invoicesPerSecond, ExcelFigures excel, PaymentFigures payments,
        ListFigures lists) => new(
        options.Workers, R(seedSeconds), R(pages.ListFilteredMs), R(pages.ListUnfilteredMs), R(pages.ListNameMs), R(pages.DashboardMs), R(pages.DashboardCountMs),
        R(pages.PublicPageMs),
        options.LetterRecipients, R(letter.CombinedS), R(letter.PeakMb), R(letter.SingleCopyMs), R(invoicesPerSecond),
        options.ExcelRows, R(excel.Seconds), R(excel.PeakMb),
        options.PaymentWriters, R(payments.P50Ms), R(payments.P95Ms), R(payments.P99Ms), payments.Errors,
        R(lists.SponsorshipsMs), R(lists.SponsorshipsDeepMs), R(lists.InvoicesMs), R(lists.InvoicesDeepMs), R(lists.PaymentsMs), R(lists.PaymentsDeepMs),
        options.AuditRows, R(lists.AuditMs), R(lists.AuditDeepMs), R(lists.AuditFilteredMs));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    // Two decimals, or three significant digits below 1 (a page served from a kept summary takes microseconds).
    private static double R(double value) =>
        Math.Abs(value) >= 1 ? Math.Round(value, 2) : double.Parse(value.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
