using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;

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

    public static void ActAsCsrOf(this TestApp app, Company company) => app.ActAs(Roles.Csr, company.Id, userId: $"csr-{company.Id}");
}
