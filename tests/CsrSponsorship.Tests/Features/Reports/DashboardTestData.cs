using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Reports;

internal static class DashboardTestData
{
    // Adopted, invoiced and paid in full on the given day, so the sponsorships are Aktif. Returns the amount paid.
    public static async Task<long> PaidAdoptionAsync(this TestApp app, Company company, int workers, DateOnly paidOn, string reference)
    {
        var invoiceId = await app.IssuedInvoiceAsync(company, workers);
        var total = (await app.Get<InvoiceService>().GetAsync(invoiceId)).Row.Total;
        app.Clock.SetWitaDate(paidOn);
        app.ActAsKeuangan();
        await app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(paidOn, total, PaymentMethod.TransferBpjs, reference));
        return total;
    }
}
