using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.CircularLetters;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Contributions;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Numbering;
using CsrSponsorship.Core.Features.Outreach;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Wilayah;
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
        App.Clock.SetWitaDate(new DateOnly(2026, 6, 1));
        CompanyId = (await App.CompanyAsync("PT Matriks")).Id;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

// Walks AccessMatrix.Operations × the five roles (and an anonymous caller). An allowed role must get past the
// access check (a missing id or an empty form may still be refused for what it is); a denied role must get
// AccessDeniedException. The calls use missing ids and empty input, so allowed ones change nothing.
public sealed class ServiceAccessTests(ServiceAccessFixture fixture) : IClassFixture<ServiceAccessFixture>
{
    private const string Anonymous = "anonim";
    private const int Missing = 987_654;
    private const string MissingUser = "no-such-user";

    private static readonly AdoptionTerms Terms = new(false, new YearMonth(2026, 7), 6);
    private static readonly RateTerms OldTerms = new(new YearMonth(2000, 1), null, 24, 6_800, 570, 1_000_000, "uji");

    private TestApp App => fixture.App;

    private int Company => fixture.CompanyId;

    private IReadOnlyDictionary<string, Func<Task>> Calls => new Dictionary<string, Func<Task>>(StringComparer.Ordinal)
    {
        ["AuditService.ListAsync"] = () => Get<AuditService>().ListAsync(new AuditQuery()),
        ["AuditService.EntityTypesAsync"] = () => Get<AuditService>().EntityTypesAsync(),
        ["AuditService.ExportAsync"] = () => Get<AuditService>().ExportAsync(new AuditQuery()),

        ["BpjsReconciliationService.BuildTemplateAsync"] = () => Get<BpjsReconciliationService>().BuildTemplateAsync(),
        ["BpjsReconciliationService.PreviewAsync"] = () => Get<BpjsReconciliationService>().PreviewAsync(Stream.Null, "kosong.xlsx", 0),
        ["BpjsReconciliationService.ApplyAsync"] = () => Get<BpjsReconciliationService>().ApplyAsync(new ReconciliationReport("kosong.xlsx", "", 0, 0, 0, [], [])),

        ["CircularLetterService.CreateDraftAsync"] = () => Get<CircularLetterService>().CreateDraftAsync(Get<CircularLetterService>().NewFromTemplate()),
        ["CircularLetterService.CreateFollowUpAsync"] = () => Get<CircularLetterService>().CreateFollowUpAsync(Missing, LetterKind.Ralat),
        ["CircularLetterService.UpdateDraftAsync"] = () => Get<CircularLetterService>().UpdateDraftAsync(Missing, Get<CircularLetterService>().NewFromTemplate(), Guid.Empty),
        ["CircularLetterService.SubmitAsync"] = () => Get<CircularLetterService>().SubmitAsync(Missing),
        ["CircularLetterService.ReturnAsync"] = () => Get<CircularLetterService>().ReturnAsync(Missing, "perbaiki"),
        ["CircularLetterService.ApproveAsync"] = () => Get<CircularLetterService>().ApproveAsync(Missing),
        ["CircularLetterService.SignAsync"] = () => Get<CircularLetterService>().SignAsync(Missing),
        ["LetterDocumentService.UploadSignedFileAsync"] = () => Get<LetterDocumentService>().UploadSignedFileAsync(Missing, [], "pindai.pdf"),
        ["LetterDistributionService.ListCompanyChoicesAsync"] = () => Get<LetterDistributionService>().ListCompanyChoicesAsync(),
        ["LetterDistributionService.DefaultRecipientIdsAsync"] = () => Get<LetterDistributionService>().DefaultRecipientIdsAsync(),
        ["LetterDistributionService.SetRecipientsAsync"] = () => Get<LetterDistributionService>().SetRecipientsAsync(Missing, []),
        ["LetterDistributionService.DistributeAsync"] = () => Get<LetterDistributionService>().DistributeAsync(Missing, DeliveryChannel.Email),
        ["LetterDistributionService.RecordSentAsync"] = () => Get<LetterDistributionService>().RecordSentAsync(Missing, Company, new DateOnly(2026, 6, 1), DeliveryChannel.Kurir),
        ["LetterDistributionService.AcknowledgeAsync"] = () => Get<LetterDistributionService>().AcknowledgeAsync(Missing, Company),
        ["LetterDistributionService.PledgeAsync"] = () => Get<LetterDistributionService>().PledgeAsync(Missing, Company, 5, 6),
        ["LetterDistributionService.RemindAsync"] = () => Get<LetterDistributionService>().RemindAsync(Missing, Company),
        ["CircularLetterService.ListAsync"] = () => Get<CircularLetterService>().ListAsync(new LetterQuery()),
        ["CircularLetterService.GetAsync"] = () => Get<CircularLetterService>().GetAsync(Missing),
        ["LetterFunnelService.FunnelAsync"] = () => Get<LetterFunnelService>().FunnelAsync(Missing),
        ["CircularLetterService.EligibleWorkersAttachmentAsync"] = () => Get<CircularLetterService>().EligibleWorkersAttachmentAsync(),
        ["LetterDocumentService.OfficialPdfAsync"] = () => Get<LetterDocumentService>().OfficialPdfAsync(Missing),
        ["LetterDocumentService.CompanyCopyAsync"] = () => Get<LetterDocumentService>().CompanyCopyAsync(Missing, Company),
        ["LetterDocumentService.CombinedPdfAsync"] = () => Get<LetterDocumentService>().CombinedPdfAsync(Missing),
        ["LetterDocumentService.CombinedPdfFileAsync"] = () => Get<LetterDocumentService>().CombinedPdfFileAsync(Missing),

        ["CompanyService.GetMineAsync"] = () => Get<CompanyService>().GetMineAsync(),
        ["CompanyService.GetMineDetailAsync"] = () => Get<CompanyService>().GetMineDetailAsync(),
        ["CompanyService.GetAsync"] = () => Get<CompanyService>().GetAsync(Company),
        ["CompanyService.ListAsync"] = () => Get<CompanyService>().ListAsync(new CompanyQuery()),
        ["CompanyService.ListActiveOptionsAsync"] = () => Get<CompanyService>().ListActiveOptionsAsync(),
        ["CompanyService.GetEditFormAsync"] = () => Get<CompanyService>().GetEditFormAsync(Company),
        ["CompanyService.CreateAsync"] = () => Get<CompanyService>().CreateAsync(new CompanyDraft()),
        ["CompanyService.UpdateAsync"] = () => Get<CompanyService>().UpdateAsync(Missing, new CompanyDraft(), Guid.Empty),
        ["CompanyService.SetActiveAsync"] = () => Get<CompanyService>().SetActiveAsync(Missing, true),
        ["CompanyService.StreamAsync"] = () => DrainAsync(Get<CompanyService>().StreamAsync(new CompanyQuery())),
        ["DeskService.ListAsync"] = () => Get<DeskService>().ListAsync(new DeskQuery()),
        ["DeskService.GetAsync"] = () => Get<DeskService>().GetAsync(Missing),
        ["DeskService.GetEditFormAsync"] = () => Get<DeskService>().GetEditFormAsync(Missing),
        ["DeskService.CreateAsync"] = () => Get<DeskService>().CreateAsync(new DeskDraft()),
        ["DeskService.UpdateAsync"] = () => Get<DeskService>().UpdateAsync(Missing, new DeskDraft(), Guid.Empty),
        ["DeskService.AgentOptionsAsync"] = () => Get<DeskService>().AgentOptionsAsync(),
        ["DeskService.RegistrationOptionsAsync"] = () => Get<DeskService>().RegistrationOptionsAsync(),
        ["DeskReportService.ReportAsync"] = () => Get<DeskReportService>().ReportAsync(new YearMonth(2026, 1), new YearMonth(2026, 2)),
        ["DeskReportService.ExcelAsync"] = () => Get<DeskReportService>().ExcelAsync(new YearMonth(2026, 1), new YearMonth(2026, 2)),
        ["OutreachService.ListAsync"] = () => Get<OutreachService>().ListAsync(new OutreachQuery()),
        ["OutreachService.CalendarAsync"] = () => Get<OutreachService>().CalendarAsync(2026, 7),
        ["OutreachService.GetAsync"] = () => Get<OutreachService>().GetAsync(Missing),
        ["OutreachService.GetEditFormAsync"] = () => Get<OutreachService>().GetEditFormAsync(Missing),
        ["OutreachService.CreateAsync"] = () => Get<OutreachService>().CreateAsync(new OutreachDraft()),
        ["OutreachService.UpdateAsync"] = () => Get<OutreachService>().UpdateAsync(Missing, new OutreachDraft(), Guid.Empty),
        ["OutreachService.MarkHeldAsync"] = () => Get<OutreachService>().MarkHeldAsync(Missing, 10, Guid.Empty),
        ["OutreachService.CancelAsync"] = () => Get<OutreachService>().CancelAsync(Missing, "hujan", Guid.Empty),
        ["OutreachService.AddAttachmentAsync"] = () => Get<OutreachService>().AddAttachmentAsync(Missing, "agenda.pdf", "%PDF-1.4"u8.ToArray()),
        ["OutreachService.GetAttachmentAsync"] = () => Get<OutreachService>().GetAttachmentAsync(Missing, Missing),
        ["OutreachService.RemoveAttachmentAsync"] = () => Get<OutreachService>().RemoveAttachmentAsync(Missing, Missing),
        ["OutreachReportService.ReportAsync"] = () => Get<OutreachReportService>().ReportAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)),
        ["LeadService.ListAsync"] = () => Get<LeadService>().ListAsync(new LeadQuery()),
        ["LeadService.GetAsync"] = () => Get<LeadService>().GetAsync(Missing),
        ["LeadService.RecordContactAsync"] = () => Get<LeadService>().RecordContactAsync(Missing, LeadContactKind.Telepon, null),
        ["LeadService.CloseAsync"] = () => Get<LeadService>().CloseAsync(Missing, "tidak aktif"),
        ["LeadService.RegistrationDraftAsync"] = () => Get<LeadService>().RegistrationDraftAsync(Missing),
        ["NominationService.BuildTemplateAsync"] = () => Get<NominationService>().BuildTemplateAsync(),
        ["NominationService.PreviewAsync"] = () => Get<NominationService>().PreviewAsync(new MemoryStream([1, 2, 3]), "daftar.xlsx", 3),
        ["NominationService.ImportAsync"] = () => Get<NominationService>().ImportAsync(new NominationPreview("daftar.xlsx", [], []), "Kepala Desa"),
        ["OutreachReportService.ExcelAsync"] = () => Get<OutreachReportService>().ExcelAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)),

        ["CsrStatementService.GetAsync"] = () => Get<CsrStatementService>().GetAsync(Company, 2026),
        ["CsrStatementService.PdfAsync"] = () => Get<CsrStatementService>().PdfAsync(Company, 2026),
        ["CsrStatementService.ExcelAsync"] = () => Get<CsrStatementService>().ExcelAsync(Company, 2026),

        ["DashboardService.DisnakerindAsync"] = () => Get<DashboardService>().DisnakerindAsync(),
        ["DashboardService.CsrAsync"] = () => Get<DashboardService>().CsrAsync(Company),
        ["DashboardService.KeuanganAsync"] = () => Get<DashboardService>().KeuanganAsync(),
        ["DashboardService.LoketAsync"] = () => Get<DashboardService>().LoketAsync(),

        ["ExportService.WorkersAsync"] = () => Get<ExportService>().WorkersAsync(new WorkerQuery()),
        ["ExportService.CompaniesAsync"] = () => Get<ExportService>().CompaniesAsync(new CompanyQuery()),
        ["ExportService.SponsorshipsAsync"] = () => Get<ExportService>().SponsorshipsAsync(new SponsorshipQuery()),
        ["ExportService.InvoicesAsync"] = () => Get<ExportService>().InvoicesAsync(new InvoiceQuery()),
        ["ExportService.PaymentsAsync"] = () => Get<ExportService>().PaymentsAsync(new PaymentQuery()),

        ["InvoiceDocumentService.InvoicePdfAsync"] = () => Get<InvoiceDocumentService>().InvoicePdfAsync(Missing),
        ["ReceiptDocumentService.ReceiptPdfAsync"] = () => Get<ReceiptDocumentService>().ReceiptPdfAsync(Missing),
        ["InvoiceDocumentService.InvoicesZipAsync"] = () => Get<InvoiceDocumentService>().InvoicesZipAsync([Missing]),

        ["InvoiceService.ListBillableAsync"] = () => Get<InvoiceService>().ListBillableAsync(Company),
        ["InvoiceService.CreateDraftAsync"] = () => Get<InvoiceService>().CreateDraftAsync(new InvoiceDraftRequest(Company, [])),
        ["InvoiceService.UpdateDraftAsync"] = () => Get<InvoiceService>().UpdateDraftAsync(Missing, new DateOnly(2026, 6, 30), null, Guid.Empty),
        ["InvoiceService.IssueAsync"] = () => Get<InvoiceService>().IssueAsync(Missing, Guid.Empty),
        ["InvoiceService.IssueAllForCompanyAsync"] = () => Get<InvoiceService>().IssueAllForCompanyAsync(Company, null),
        ["InvoiceService.CancelAsync"] = () => Get<InvoiceService>().CancelAsync(Missing, "keliru", SponsorshipsOnCancel.BackToDiajukan, Guid.Empty),
        ["InvoiceService.RemoveDraftWorkerAsync"] = () => Get<InvoiceService>().RemoveDraftWorkerAsync(Missing, Missing, Guid.Empty),
        ["InvoiceService.ListAsync"] = () => Get<InvoiceService>().ListAsync(new InvoiceQuery()),
        ["InvoiceService.StreamAsync"] = () => DrainAsync(Get<InvoiceService>().StreamAsync(new InvoiceQuery())),
        ["InvoiceService.TotalsAsync"] = () => Get<InvoiceService>().TotalsAsync(new InvoiceQuery()),
        ["InvoiceService.GetAsync"] = () => Get<InvoiceService>().GetAsync(Missing),
        ["InvoiceService.GetDocumentModelAsync"] = () => Get<InvoiceService>().GetDocumentModelAsync(Missing),

        ["NumberingService.ListTemplatesAsync"] = () => Get<NumberingService>().ListTemplatesAsync(),
        ["NumberingService.UpdateTemplateAsync"] = () => Get<NumberingService>().UpdateTemplateAsync("tidak-ada", new NumberTemplateChange("{serial}", "X", "Y"), Guid.Empty),

        ["OverviewService.GetAsync"] = () => Get<OverviewService>().GetAsync(),

        ["PaymentService.RecordAsync"] = () => Get<PaymentService>().RecordAsync(Missing, new PaymentInput(new DateOnly(2026, 6, 5), 1_000, PaymentMethod.TransferBpjs, "TRX-M")),
        ["PaymentService.ReverseAsync"] = () => Get<PaymentService>().ReverseAsync(Missing, "salah catat"),
        ["PaymentService.ListAsync"] = () => Get<PaymentService>().ListAsync(new PaymentQuery()),
        ["PaymentService.StreamAsync"] = () => DrainAsync(Get<PaymentService>().StreamAsync(new PaymentQuery())),
        ["PaymentService.TotalsAsync"] = () => Get<PaymentService>().TotalsAsync(new PaymentQuery()),
        ["PaymentService.GetProofAsync"] = () => Get<PaymentService>().GetProofAsync(Missing),
        ["PaymentService.GetReceiptModelAsync"] = () => Get<PaymentService>().GetReceiptModelAsync(Missing),

        ["RateService.ListAsync"] = () => Get<RateService>().ListAsync(),
        ["RateService.AddVersionAsync"] = () => Get<RateService>().AddVersionAsync(OldTerms),
        ["RateService.UpdateVersionAsync"] = () => Get<RateService>().UpdateVersionAsync(Missing, OldTerms, Guid.Empty),
        ["RateService.GetCsrDiscountAsync"] = () => Get<RateService>().GetCsrDiscountAsync(),
        ["RateService.SetCsrDiscountAsync"] = () => Get<RateService>().SetCsrDiscountAsync(false),

        ["ReportService.RekapTagihanAsync"] = () => Get<ReportService>().RekapTagihanAsync(new YearMonth(2026, 6)),
        ["ReportService.PembayaranAsync"] = () => Get<ReportService>().PembayaranAsync(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)),
        ["ReportService.PesertaDisponsoriAsync"] = () => Get<ReportService>().PesertaDisponsoriAsync(new YearMonth(2026, 6)),
        ["ReportService.CakupanWilayahAsync"] = () => Get<ReportService>().CakupanWilayahAsync(new YearMonth(2026, 6)),
        ["ReportService.IuranPerProgramAsync"] = () => Get<ReportService>().IuranPerProgramAsync(2026),

        ["AdoptionService.FindEligibleAsync"] = () => Get<AdoptionService>().FindEligibleAsync(new EligibleQuery(Terms, Company)),
        ["AdoptionService.AutoPickAsync"] = () => Get<AdoptionService>().AutoPickAsync(new EligibleQuery(Terms, Company), 1),
        ["AdoptionService.PreviewCostAsync"] = () => Get<AdoptionService>().PreviewCostAsync(new CostRequest([], Terms, Company)),
        ["AdoptionService.SubmitAsync"] = () => Get<AdoptionService>().SubmitAsync(new AdoptionRequest([], Terms, Company)),
        ["SponsorshipService.RecordOtherCoverageAsync"] = () => Get<SponsorshipService>().RecordOtherCoverageAsync(new OtherCoverageRequest(Missing, FundingSource.Apbd, "APBD 2026", Terms)),
        ["SponsorshipService.ListAsync"] = () => Get<SponsorshipService>().ListAsync(new SponsorshipQuery()),
        ["SponsorshipService.StreamAsync"] = () => DrainAsync(Get<SponsorshipService>().StreamAsync(new SponsorshipQuery())),
        ["SponsorshipService.GetAsync"] = () => Get<SponsorshipService>().GetAsync(Missing),
        ["SponsorshipService.CancelAsync"] = () => Get<SponsorshipService>().CancelAsync(Missing, "batal"),
        ["SponsorshipService.ExtendAsync"] = () => Get<SponsorshipService>().ExtendAsync([Missing], 6, includeJht: false),
        ["HandoverService.EndingSoonAsync"] = () => Get<HandoverService>().EndingSoonAsync(),
        ["HandoverService.AwaitingOutcomeAsync"] = () => Get<HandoverService>().AwaitingOutcomeAsync(),
        ["HandoverService.RecordOutcomeAsync"] = () => Get<HandoverService>().RecordOutcomeAsync(Missing, SponsorshipOutcome.Mandiri, null),
        ["RetentionService.GetAsync"] = () => Get<RetentionService>().GetAsync(),
        ["SponsorshipService.CompanyTotalsAsync"] = () => Get<SponsorshipService>().CompanyTotalsAsync(Company),

        ["UserAdminService.ListAsync"] = () => Get<UserAdminService>().ListAsync(new UserQuery()),
        ["UserAdminService.CreateAsync"] = () => Get<UserAdminService>().CreateAsync(new NewUser("", "", Roles.Loket, null, "")),
        ["UserAdminService.ResetPasswordAsync"] = () => Get<UserAdminService>().ResetPasswordAsync(MissingUser, "Sandi-Baru-2026!"),
        ["UserAdminService.SetActiveAsync"] = () => Get<UserAdminService>().SetActiveAsync(MissingUser, true),

        ["WilayahService.ListKecamatanAsync"] = () => Get<WilayahService>().ListKecamatanAsync(),
        ["WilayahService.SearchDesaAsync"] = () => Get<WilayahService>().SearchDesaAsync(new DesaQuery()),
        ["WilayahService.ListDesaOptionsAsync"] = () => Get<WilayahService>().ListDesaOptionsAsync(),

        ["WorkerImportService.BuildTemplateAsync"] = () => Get<WorkerImportService>().BuildTemplateAsync(),
        ["WorkerImportService.PreviewAsync"] = () => Get<WorkerImportService>().PreviewAsync(Stream.Null, "kosong.xlsx", 0),
        ["WorkerImportService.ImportValidRowsAsync"] = () => Get<WorkerImportService>().ImportValidRowsAsync(new ImportPreview(Guid.NewGuid(), "kosong.xlsx", "", [], [], [])),

        ["WorkerService.SearchAsync"] = () => Get<WorkerService>().SearchAsync(new WorkerQuery()),
        ["WorkerService.StreamAsync"] = () => DrainAsync(Get<WorkerService>().StreamAsync(new WorkerQuery())),
        ["WorkerService.GetAsync"] = () => Get<WorkerService>().GetAsync(Missing),
        ["WorkerService.GetEditFormAsync"] = () => Get<WorkerService>().GetEditFormAsync(Missing),
        ["WorkerService.ValidateAsync"] = () => Get<WorkerService>().ValidateAsync(new WorkerDraft()),
        ["WorkerService.CreateAsync"] = () => Get<WorkerService>().CreateAsync(new WorkerDraft()),
        ["WorkerService.UpdateAsync"] = () => Get<WorkerService>().UpdateAsync(Missing, new WorkerDraft(), Guid.Empty),
        ["WorkerService.VerifyAsync"] = () => Get<WorkerService>().VerifyAsync(Missing),
        ["WorkerService.ClearReviewAsync"] = () => Get<WorkerService>().ClearReviewAsync(Missing, "bukan ganda"),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in AccessMatrix.Operations.Keys)
        {
            foreach (var role in Roles.All.Append(Anonymous))
            {
                data.Add(operation, role);
            }
        }

        return data;
    }

    [Fact]
    public void Every_declared_operation_has_a_call_and_every_call_a_declaration()
    {
        Assert.Empty(AccessMatrix.Operations.Keys.Except(Calls.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(Calls.Keys.Except(AccessMatrix.Operations.Keys).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_operation_admits_exactly_the_roles_of_the_matrix(string operation, string role)
    {
        if (role == Anonymous)
        {
            App.CurrentUser.Caller = Caller.Anonymous;
        }
        else
        {
            App.ActAs(role, role == Roles.Csr ? Company : null, userId: $"matrix-{role}");
        }

        var allowed = AccessMatrix.Operations[operation].Contains(role, StringComparer.Ordinal);

        var outcome = await Record.ExceptionAsync(Calls[operation]);

        if (allowed)
        {
            Assert.False(outcome is AccessDeniedException, $"{role} should be allowed {operation}");
            Assert.True(outcome is null or DomainException, $"{operation} as {role} failed with {outcome}");
        }
        else
        {
            Assert.True(outcome is AccessDeniedException, $"{operation} as {role}: expected AccessDeniedException, got {outcome?.GetType().Name ?? "success"}");
        }
    }

    private T Get<T>()
        where T : notnull => App.Get<T>();

    private static async Task DrainAsync<T>(IAsyncEnumerable<T> rows)
    {
        await foreach (var _ in rows)
        {
        }
    }
}
