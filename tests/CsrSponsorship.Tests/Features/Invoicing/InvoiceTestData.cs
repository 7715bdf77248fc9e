using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Invoicing;

internal static class InvoiceTestData
{
    public static readonly YearMonth July2026 = new(2026, 7);

    public static void ActAsDisnakerind(this TestApp app) => app.ActAs(Roles.Disnakerind, userId: "disnaker-1");

    public static void ActAsKeuangan(this TestApp app, string userId = "keuangan-1") => app.ActAs(Roles.Keuangan, userId: userId);

    // The company adopts fresh verified workers, as its CSR officer would; the caller is restored afterwards.
    public static async Task<AdoptionResult> AdoptedAsync(this TestApp app, Company company, int workers = 5, YearMonth? start = null, int months = 6, bool jht = false)
    {
        var caller = app.CurrentUser.Caller;
        var ids = await app.VerifiedWorkersAsync(workers);
        app.ActAsCsrOf(company);
        var result = await app.Get<AdoptionService>().SubmitAsync(new AdoptionRequest(ids, new AdoptionTerms(jht, start ?? July2026, months)));
        app.CurrentUser.Caller = caller;
        return result;
    }

    // Adopted, drafted and issued; returns the invoice id. The caller ends as Disnakerind.
    public static async Task<int> IssuedInvoiceAsync(this TestApp app, Company company, int workers = 5, YearMonth? start = null, int months = 6, DateOnly? dueDate = null)
    {
        var adoption = await app.AdoptedAsync(company, workers, start, months);
        app.ActAsDisnakerind();
        var invoices = app.Get<InvoiceService>();
        var id = await invoices.CreateDraftAsync(new InvoiceDraftRequest(company.Id, adoption.SponsorshipIds, dueDate));
        await invoices.IssueAsync(id, (await invoices.GetAsync(id)).Version);
        return id;
    }
}
