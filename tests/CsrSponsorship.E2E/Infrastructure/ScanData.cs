using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Outreach;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.E2E.Infrastructure;

// What a scan needs on screen, made through the app's own services as the demo users act, so that a scan run alone
// (`--filter FullyQualifiedName~AccessibilityScanTests`) sees the same lists and dialogs as one run after every story.
public sealed class ScanData(AppFixture app)
{
    // A verified worker in the programme area whom the demo CSR officer's company may adopt from next month.
    public Task<int> EligibleWorkerAsync() => AsAsync("csr@demo.local", async services =>
    {
        var query = new EligibleQuery(NextMonthTerms(services), Page: new PageRequest(0, 1));
        return (await services.GetRequiredService<AdoptionService>().FindEligibleAsync(query)).Items[0].Id;
    });

    // That worker adopted by the company: a submitted sponsorship (cancel, extend).
    public async Task<int> SubmittedSponsorshipAsync()
    {
        var worker = await EligibleWorkerAsync();
        return await AsAsync("csr@demo.local", async services =>
            (await services.GetRequiredService<AdoptionService>().SubmitAsync(new AdoptionRequest([worker], NextMonthTerms(services)))).SponsorshipIds[0]);
    }

    // An invoice issued by the office for a new sponsorship, nothing paid yet (record a payment, cancel).
    public async Task<int> IssuedInvoiceAsync() => await InvoiceAsync(issue: true);

    // A draft invoice for a new sponsorship (edit it, cancel it).
    public async Task<int> DraftInvoiceAsync() => await InvoiceAsync(issue: false);

    private async Task<int> InvoiceAsync(bool issue)
    {
        var sponsorship = await SubmittedSponsorshipAsync();
        return await AsAsync("disnaker@demo.local", async services =>
        {
            var invoices = services.GetRequiredService<InvoiceService>();
            var companyId = (await services.GetRequiredService<SponsorshipService>().GetAsync(sponsorship)).Row.CompanyId!.Value;
            var id = await invoices.CreateDraftAsync(new InvoiceDraftRequest(companyId, [sponsorship]));
            if (issue)
            {
                await invoices.IssueAsync(id, (await invoices.GetAsync(id)).Version);
            }

            return id;
        });
    }

    public async Task<string?> InvoiceNumberAsync(int id) =>
        await AsAsync("disnaker@demo.local", async services => (await services.GetRequiredService<InvoiceService>().GetAsync(id)).Row.Number);

    // A circular letter drafted by the office and addressed to the demo CSR officer's company, waiting for review
    // (return it with a note).
    public async Task<int> SubmittedLetterAsync()
    {
        var companyId = await CompanyOfAsync("csr@demo.local");
        return await AsAsync("disnaker@demo.local", async services =>
        {
            var letters = services.GetRequiredService<CircularLetterService>();
            var id = await letters.CreateDraftAsync(letters.NewFromTemplate());
            await services.GetRequiredService<LetterDistributionService>().SetRecipientsAsync(id, [new RecipientChoice(companyId)]);
            await letters.SubmitAsync(id);
            return id;
        });
    }

    // The same letter approved and signed by Admin (four eyes) and sent by e-mail: in the company's Surat masuk
    // with "Sampaikan komitmen".
    public async Task<int> SentLetterAsync()
    {
        var id = await SubmittedLetterAsync();
        await AsAsync("admin@demo.local", async services =>
        {
            var letters = services.GetRequiredService<CircularLetterService>();
            await letters.ApproveAsync(id);
            return await letters.SignAsync(id);
        });
        await AsAsync("disnaker@demo.local", async services =>
        {
            await services.GetRequiredService<LetterDistributionService>().DistributeAsync(id, DeliveryChannel.Email);
            return id;
        });
        return id;
    }

    // New companies operating in one desa, added by the office: none has adopted, answered or paid anything yet (the
    // demo companies have, on dates up to today).
    public Task<IReadOnlyList<string>> NewCompaniesAsync(string desaCode, params string[] names) => AsAsync("disnaker@demo.local", async services =>
    {
        var companies = services.GetRequiredService<CompanyService>();
        foreach (var name in names)
        {
            var npwp = "09" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999).ToString(CultureInfo.InvariantCulture);
            await companies.CreateAsync(new CompanyDraft
            {
                LegalName = name, Npwp = npwp, Sector = CompanySector.Tambang, Address = "Jl. Provinsi Km 150, Kintap", ContactName = "Narahubung CSR",
                OperatingDesaCodes = [desaCode],
            });
        }

        return (IReadOnlyList<string>)names;
    });

    // A sosialisasi held yesterday in Sungai Cuka with one demo company present, with an attachment (its page's panels).
    public Task<int> HeldOutreachAsync() => AsAsync("disnaker@demo.local", async services =>
    {
        var outreach = services.GetRequiredService<OutreachService>();
        var company = (await services.GetRequiredService<CompanyService>().ListActiveOptionsAsync())[0].Id;
        var id = await outreach.CreateAsync(new OutreachDraft
        {
            Title = "Sosialisasi untuk pemindaian", Audience = OutreachAudience.KunjunganPerusahaan,
            Date = Wita.Today(services.GetRequiredService<TimeProvider>()).AddDays(-1), Time = new TimeOnly(9, 0), DesaCode = "63.01.07.2004",
            Team = "Disnakerind dan BPJS Ketenagakerjaan", CompanyIds = [company],
        });
        await outreach.MarkHeldAsync(id, 20, (await outreach.GetAsync(id)).Version);
        await outreach.AddAttachmentAsync(id, "agenda.pdf", [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[512]]);
        return id;
    });

    // A lead from the public form in Liang Anggang, as the office sees it (its page's panels).
    public Task<int> LeadAsync() => AsAsync("disnaker@demo.local", async services =>
    {
        var name = "Peminat Pemindaian " + Guid.NewGuid().ToString("N")[..6];
        await services.GetRequiredService<InterestService>().SubmitAsync(new InterestForm
        {
            FullName = name, DesaCode = "63.01.05.2004", OccupationCode = "petani", Phone = "0821" + Random.Shared.Next(10_000_000, 99_999_999), Consent = true,
        });
        return (await services.GetRequiredService<LeadService>().ListAsync(new LeadQuery(Search: name))).Items[0].Id;
    });

    // The company answers a circular letter with a pledge and adopts one worker, as the office records it for them.
    public async Task ConvertAsync(string companyName)
    {
        var (letter, company) = await AsAsync("disnaker@demo.local", async services =>
        {
            var company = (await services.GetRequiredService<CompanyService>().ListActiveOptionsAsync()).Single(c => c.LegalName == companyName).Id;
            var letters = services.GetRequiredService<CircularLetterService>();
            var letter = await letters.CreateDraftAsync(letters.NewFromTemplate());
            await services.GetRequiredService<LetterDistributionService>().SetRecipientsAsync(letter, [new RecipientChoice(company)]);
            await letters.SubmitAsync(letter);
            return (letter, company);
        });
        await AsAsync("admin@demo.local", async services =>
        {
            var letters = services.GetRequiredService<CircularLetterService>();
            await letters.ApproveAsync(letter);
            return await letters.SignAsync(letter);
        });
        await AsAsync("disnaker@demo.local", async services =>
        {
            var distribution = services.GetRequiredService<LetterDistributionService>();
            await distribution.DistributeAsync(letter, DeliveryChannel.Email);
            await distribution.AcknowledgeAsync(letter, company);
            await distribution.PledgeAsync(letter, company, 1, 6);
            var adoption = services.GetRequiredService<AdoptionService>();
            var terms = NextMonthTerms(services);
            var worker = (await adoption.FindEligibleAsync(new EligibleQuery(terms, company, Page: new PageRequest(0, 1)))).Items[0].Id;
            return await adoption.SubmitAsync(new AdoptionRequest([worker], terms, company));
        });
    }


    // A demo worker whose company-paid coverage ended at least two months ago, whose hand-over outcome the desk has
    // not recorded and whom nobody covered since: the months in between are his to have paid alone.
    public Task<EndedCoverage> EndedCoverageAwaitingOutcomeAsync() => AsAsync("disnaker@demo.local", async services =>
    {
        var current = YearMonth.FromDate(Wita.Today(services.GetRequiredService<TimeProvider>()));
        var sponsorships = services.GetRequiredService<SponsorshipService>();
        // The hand-over table shows 25 rows a page, in the service's order.
        foreach (var row in (await services.GetRequiredService<HandoverService>().AwaitingOutcomeAsync()).Take(25).Where(r => r.EndMonth <= current.AddMonths(-2)))
        {
            var coverage = await sponsorships.ListAsync(new SponsorshipQuery(WorkerId: row.WorkerId));
            if (coverage.Items.All(s => s.EndMonth <= row.EndMonth || s.Status == SponsorshipStatus.Batal))
            {
                var nik = (await services.GetRequiredService<WorkerService>().GetAsync(row.WorkerId)).Nik;
                return new EndedCoverage(row.WorkerId, row.WorkerName, $"{nik[..6]}••••••{nik[12..]}", row.EndMonth, current);
            }
        }

        throw new InvalidOperationException("The demo data has no coverage that ended two months ago and still awaits its outcome.");
    });

    private static AdoptionTerms NextMonthTerms(IServiceProvider services) =>
        new(false, YearMonth.FromDate(Wita.Today(services.GetRequiredService<TimeProvider>())).AddMonths(1), 6);

    // Runs the action in a scope whose signed-in user is the demo account, as a circuit of that user would; a signed
    // letter's QR code takes the app's address from a request to it, as it does from the browser's.
    private async Task<T> AsAsync<T>(string email, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No demo user {email}.");
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        ((IHostEnvironmentAuthenticationStateProvider)services.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        var http = services.GetRequiredService<IHttpContextAccessor>();
        var request = new DefaultHttpContext();
        request.Request.Scheme = "http";
        request.Request.Host = HostString.FromUriComponent(new Uri(app.BaseUrl));
        http.HttpContext = request;
        try
        {
            return await action(services);
        }
        finally
        {
            http.HttpContext = null;
        }
    }

    private async Task<int> CompanyOfAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        return user?.CompanyId ?? throw new InvalidOperationException($"{email} has no company.");
    }
}

public sealed record EndedCoverage(int WorkerId, string WorkerName, string MaskedNik, YearMonth EndMonth, YearMonth CurrentMonth);
