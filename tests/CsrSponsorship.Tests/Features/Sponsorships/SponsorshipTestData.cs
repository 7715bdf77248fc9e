using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Sponsorships;

internal static class SponsorshipTestData
{
    // Registered and verified through the real services, as a desk officer and Disnakerind would.
    public static async Task<int> VerifiedWorkerAsync(this TestApp app, string desaCode = "63.01.02.2003", int age = 30, string occupation = "nelayan")
    {
        var caller = app.CurrentUser.Caller;
        app.ActAs(Roles.Disnakerind, userId: "disnaker-seed");
        var saved = await app.Get<WorkerService>().CreateAsync(new WorkerDraftBuilder(age: age, desaCode: desaCode, today: Wita.Today(app.Clock)).With(d => d.OccupationCode = occupation).Build());
        await app.Get<WorkerService>().VerifyAsync(saved.Id);
        app.CurrentUser.Caller = caller;
        return saved.Id;
    }

    public static async Task<List<int>> VerifiedWorkersAsync(this TestApp app, int count, string desaCode = "63.01.02.2003")
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await app.VerifiedWorkerAsync(desaCode));
        }

        return ids;
    }

    public static async Task<Company> CompanyAsync(this TestApp app, string name, params string[] desa) =>
        await app.InsertAsync(new CompanyBuilder().Named(name).OperatingIn(desa.Length == 0 ? ["63.01.02.2003"] : desa).Build());

    // A worker sponsored by a company for July 2026 only and paid, as invoicing and payment leave him (Disponsori);
    // the clock must be before July 2026.
    public static async Task<(int Sponsorship, int Worker)> PaidJulySponsorshipAsync(this TestApp app, int age = 30)
    {
        var worker = await app.VerifiedWorkerAsync(age: age);
        app.ActAsCsrOf(await app.CompanyAsync("PT Juli Saja"));
        var id = (await app.Get<AdoptionService>().SubmitAsync(new AdoptionRequest([worker], new AdoptionTerms(false, new YearMonth(2026, 7), 1)))).SponsorshipIds[0];
        await using var db = await app.DbAsync();
        var sponsorship = await db.Sponsorships.SingleAsync(s => s.Id == id);
        sponsorship.MarkInvoiced();
        sponsorship.MarkPaid();
        (await db.Workers.SingleAsync(w => w.Id == worker)).MarkSponsored();
        await db.SaveChangesAsync();
        return (id, worker);
    }

    public static void ActAsCsrOf(this TestApp app, Company company) => app.ActAs(Roles.Csr, company.Id, userId: $"csr-{company.Id}");
}
