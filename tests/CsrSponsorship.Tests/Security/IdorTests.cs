using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Security;

public sealed class IdorFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = default!;

    public Company A { get; private set; } = default!;

    public Company B { get; private set; } = default!;

    public int SponsorshipOfB { get; private set; }

    public int WorkerOfB { get; private set; }

    public int InvoiceOfB { get; private set; }

    public int PaymentOfB { get; private set; }

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        A = await App.CompanyAsync("PT Penanya");
        B = await App.CompanyAsync("PT Pemilik");
        InvoiceOfB = await App.IssuedInvoiceAsync(B);
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 5));
        App.ActAsKeuangan();
        PaymentOfB = (await App.Get<PaymentService>().RecordAsync(InvoiceOfB, new PaymentInput(new DateOnly(2026, 6, 5), 100_000, PaymentMethod.TransferBpjs, "TRX-B"))).PaymentId;
        await using var db = await App.DbAsync();
        var sponsorship = await db.Sponsorships.FirstAsync(s => s.CompanyId == B.Id);
        (SponsorshipOfB, WorkerOfB) = (sponsorship.Id, sponsorship.WorkerId);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

// A Csr user of company A asks for company B's records by id: every answer is "not found", never the record
// and never "forbidden" (which would confirm the id exists).
public sealed class IdorTests(IdorFixture f) : IClassFixture<IdorFixture>
{
    private TestApp App => f.App;

    private IReadOnlyDictionary<string, Func<Task>> Calls => new Dictionary<string, Func<Task>>(StringComparer.Ordinal)
    {
        ["SponsorshipService.GetAsync"] = () => App.Get<SponsorshipService>().GetAsync(f.SponsorshipOfB),
        ["SponsorshipService.CancelAsync"] = () => App.Get<SponsorshipService>().CancelAsync(f.SponsorshipOfB, "bukan milik kami"),
        ["SponsorshipService.ExtendAsync"] = () => App.Get<SponsorshipService>().ExtendAsync([f.SponsorshipOfB], 6, includeJht: false),
        ["SponsorshipService.CompanyTotalsAsync"] = () => App.Get<SponsorshipService>().CompanyTotalsAsync(f.B.Id),
        ["InvoiceService.GetAsync"] = () => App.Get<InvoiceService>().GetAsync(f.InvoiceOfB),
        ["InvoiceService.GetDocumentModelAsync"] = () => App.Get<InvoiceService>().GetDocumentModelAsync(f.InvoiceOfB),
        ["PaymentService.GetReceiptModelAsync"] = () => App.Get<PaymentService>().GetReceiptModelAsync(f.PaymentOfB),
        ["CircularLetterService.CompanyCopyAsync"] = () => App.Get<CircularLetterService>().CompanyCopyAsync(1, f.B.Id),
        ["CompanyService.GetAsync"] = () => App.Get<CompanyService>().GetAsync(f.B.Id),
        ["CompanyService.GetEditFormAsync"] = () => App.Get<CompanyService>().GetEditFormAsync(f.B.Id),
        ["CompanyService.UpdateAsync"] = () => App.Get<CompanyService>().UpdateAsync(f.B.Id, new CompanyDraft { LegalName = "PT Diambil Alih" }, f.B.Version),
        ["CsrStatementService.GetAsync"] = () => App.Get<CsrStatementService>().GetAsync(f.B.Id, 2026),
        ["CsrStatementService.PdfAsync"] = () => App.Get<CsrStatementService>().PdfAsync(f.B.Id, 2026),
        ["CsrStatementService.ExcelAsync"] = () => App.Get<CsrStatementService>().ExcelAsync(f.B.Id, 2026),
        ["DashboardService.CsrAsync"] = () => App.Get<DashboardService>().CsrAsync(f.B.Id),
    };

    private static readonly string[] Walked =
    [
        "SponsorshipService.GetAsync", "SponsorshipService.CancelAsync", "SponsorshipService.ExtendAsync", "SponsorshipService.CompanyTotalsAsync",
        "InvoiceService.GetAsync", "InvoiceService.GetDocumentModelAsync", "PaymentService.GetReceiptModelAsync",
        "CircularLetterService.CompanyCopyAsync", "CompanyService.GetAsync", "CompanyService.GetEditFormAsync", "CompanyService.UpdateAsync",
        "CsrStatementService.GetAsync", "CsrStatementService.PdfAsync", "CsrStatementService.ExcelAsync", "DashboardService.CsrAsync",
    ];

    public static TheoryData<string> Operations() => new(Walked);

    [Fact]
    public void Every_id_taking_operation_is_walked() =>
        Assert.Equal(Calls.Keys.Order(StringComparer.Ordinal), Walked.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Company_A_gets_not_found_for_company_B_ids(string operation)
    {
        App.ActAsCsrOf(f.A);

        await Assert.ThrowsAsync<NotFoundException>(Calls[operation]);
    }

    [Fact]
    public async Task Filtering_lists_by_company_B_or_its_worker_shows_company_A_nothing_of_B()
    {
        App.ActAsCsrOf(f.A);

        Assert.Empty((await App.Get<SponsorshipService>().ListAsync(new SponsorshipQuery(CompanyId: f.B.Id))).Items);
        Assert.Empty((await App.Get<SponsorshipService>().ListAsync(new SponsorshipQuery(WorkerId: f.WorkerOfB))).Items);
        Assert.Empty((await App.Get<InvoiceService>().ListAsync(new InvoiceQuery(CompanyId: f.B.Id))).Items);
    }

    // Csr callers never read the worker register at all (only through their own sponsorships).
    [Fact]
    public async Task Company_A_cannot_open_a_worker_of_company_B() =>
        await Assert.ThrowsAsync<AccessDeniedException>(async () =>
        {
            App.ActAsCsrOf(f.A);
            await App.Get<WorkerService>().GetAsync(f.WorkerOfB);
        });
}
