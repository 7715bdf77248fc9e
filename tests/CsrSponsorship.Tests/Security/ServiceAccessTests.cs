using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Contributions;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Security;

public sealed class ServiceAccessFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = default!;

    public int CompanyId { get; private set; }

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        CompanyId = (await App.CompanyAsync("PT Matriks")).Id;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

// Walks AccessMatrix.Operations × the five roles. An allowed role must get past the access check (a missing id
// or an empty form may still be refused for what it is); a denied role must get AccessDeniedException.
public sealed class ServiceAccessTests(ServiceAccessFixture fixture) : IClassFixture<ServiceAccessFixture>
{
    private const int Missing = 987_654;

    private TestApp App => fixture.App;

    private IReadOnlyDictionary<string, Func<Task>> Calls => new Dictionary<string, Func<Task>>(StringComparer.Ordinal)
    {
        ["WorkerService.SearchAsync"] = () => App.Get<WorkerService>().SearchAsync(new WorkerQuery()),
        ["WorkerService.GetAsync"] = () => App.Get<WorkerService>().GetAsync(Missing),
        ["WorkerService.CreateAsync"] = () => App.Get<WorkerService>().CreateAsync(new WorkerDraft()),
        ["WorkerService.VerifyAsync"] = () => App.Get<WorkerService>().VerifyAsync(Missing),
        ["CompanyService.ListAsync"] = () => App.Get<CompanyService>().ListAsync(new CompanyQuery()),
        ["CompanyService.GetMineAsync"] = () => App.Get<CompanyService>().GetMineAsync(),
        ["CompanyService.CreateAsync"] = () => App.Get<CompanyService>().CreateAsync(new CompanyDraft()),
        ["SponsorshipService.ListAsync"] = () => App.Get<SponsorshipService>().ListAsync(new SponsorshipQuery()),
        ["SponsorshipService.EndingSoonAsync"] = () => App.Get<SponsorshipService>().EndingSoonAsync(),
        ["InvoiceService.ListAsync"] = () => App.Get<InvoiceService>().ListAsync(new InvoiceQuery()),
        ["InvoiceService.ListBillableAsync"] = () => App.Get<InvoiceService>().ListBillableAsync(fixture.CompanyId),
        ["PaymentService.ListAsync"] = () => App.Get<PaymentService>().ListAsync(new PaymentQuery()),
        ["PaymentService.RecordAsync"] = () => App.Get<PaymentService>().RecordAsync(Missing, new PaymentInput(new DateOnly(2026, 6, 5), 1_000, PaymentMethod.TransferBpjs, "TRX-M")),
        ["CircularLetterService.ListAsync"] = () => App.Get<CircularLetterService>().ListAsync(new LetterQuery()),
        ["RateService.ListAsync"] = () => App.Get<RateService>().ListAsync(),
        ["RateService.SetCsrDiscountAsync"] = () => App.Get<RateService>().SetCsrDiscountAsync(false),
        ["UserAdminService.ListAsync"] = () => App.Get<UserAdminService>().ListAsync(new UserQuery()),
        ["DashboardService.DisnakerindAsync"] = () => App.Get<DashboardService>().DisnakerindAsync(),
        ["DashboardService.KeuanganAsync"] = () => App.Get<DashboardService>().KeuanganAsync(),
        ["DashboardService.LoketAsync"] = () => App.Get<DashboardService>().LoketAsync(),
        ["BpjsReconciliationService.BuildTemplateAsync"] = () => App.Get<BpjsReconciliationService>().BuildTemplateAsync(),
        ["AuditService.ListAsync"] = () => App.Get<AuditService>().ListAsync(new AuditQuery()),
        ["AuditService.ExportAsync"] = () => App.Get<AuditService>().ExportAsync(new AuditQuery()),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in AccessMatrix.Operations.Keys)
        {
            foreach (var role in Roles.All)
            {
                data.Add(operation, role);
            }
        }

        return data;
    }

    [Fact]
    public void Every_declared_operation_has_a_call_and_every_call_a_declaration()
    {
        Assert.Equal(AccessMatrix.Operations.Keys.Order(StringComparer.Ordinal), Calls.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_operation_admits_exactly_the_roles_of_the_matrix(string operation, string role)
    {
        App.ActAs(role, role == Roles.Csr ? fixture.CompanyId : null, userId: $"matrix-{role}");
        var allowed = AccessMatrix.Operations[operation].Contains(role, StringComparer.Ordinal);

        var outcome = await Record.ExceptionAsync(Calls[operation]);

        if (allowed)
        {
            Assert.False(outcome is AccessDeniedException, $"{role} should be allowed {operation}");
            Assert.True(outcome is null or DomainException, $"{operation} as {role} failed with {outcome}");
        }
        else
        {
            Assert.IsType<AccessDeniedException>(outcome);
        }
    }
}
