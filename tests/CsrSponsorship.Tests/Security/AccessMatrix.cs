using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Numbering;

namespace CsrSponsorship.Tests.Security;

// The declared access-control matrix; the tables in docs/access-control.md are generated from it (AccessMatrixDocumentTests).
// A page, a service operation or an endpoint whose attributes or checks drift from this list fails
// PageAccessTests, ServiceCatalogTests/ServiceAccessTests/IdorTests or EndpointAccessTests.
public static class AccessMatrix
{
    public const string Public = "public";

    private const string A = Roles.Admin;
    private const string D = Roles.Disnakerind;
    private const string L = Roles.Loket;
    private const string C = Roles.Csr;
    private const string K = Roles.Keuangan;

    private static readonly string[] SignedIn = [A, D, L, C, K];

    // Route template → roles allowed to open it ([Public] = no sign-in needed).
    public static readonly IReadOnlyDictionary<string, string[]> Pages = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["/"] = SignedIn,
        ["/masuk"] = [Public],
        ["/akses-ditolak"] = SignedIn,
        ["/tidak-ditemukan"] = [Public],
        ["/galat"] = [Public],
        ["/cakupan"] = [Public],
        ["/verifikasi/{Token}"] = [Public],
        ["/wilayah"] = SignedIn,
        ["/pekerja"] = [A, D, L, K],
        ["/pekerja/{Id:int}"] = [A, D, L, K],
        ["/pekerja/baru"] = [A, D, L],
        ["/pekerja/{Id:int}/ubah"] = [A, D, L],
        ["/pekerja/impor"] = [A, D, L],
        ["/perusahaan"] = [A, D, K],
        ["/perusahaan/{Id:int}"] = [A, D, K],
        ["/perusahaan/baru"] = [A, D, C],
        ["/perusahaan/{Id:int}/ubah"] = [A, D, C],
        ["/perusahaan-saya"] = [C],
        ["/perusahaan-saya/ubah"] = [A, D, C],
        ["/adopsi"] = [A, D, C],
        ["/kepesertaan"] = SignedIn,
        ["/kepesertaan/{Id:int}"] = SignedIn,
        ["/serah-terima"] = [A, D, L],
        ["/tagihan"] = [A, D, C, K],
        ["/tagihan/{Id:int}"] = [A, D, C, K],
        ["/tagihan/baru"] = [A, D],
        ["/pembayaran"] = [A, D, K],
        ["/rekonsiliasi-bpjs"] = [A, D, K],
        ["/surat-edaran"] = [A, D, C],
        ["/surat-masuk"] = [A, D, C],
        ["/surat-edaran/baru"] = [A, D],
        ["/surat-edaran/{Id:int}"] = [A, D],
        ["/laporan"] = [A, D, K],
        ["/disnaker"] = [D],
        ["/keuangan"] = [K],
        ["/loket"] = [L],
        ["/loket-layanan"] = [A, D, L],
        ["/loket-layanan/{Id:int}"] = [A, D, L],
        ["/loket-layanan/baru"] = [A, D],
        ["/loket-layanan/{Id:int}/ubah"] = [A, D],
        ["/loket-layanan/laporan"] = [A, D],
        ["/sosialisasi"] = [A, D],
        ["/sosialisasi/{Id:int}"] = [A, D],
        ["/sosialisasi/baru"] = [A, D],
        ["/sosialisasi/{Id:int}/ubah"] = [A, D],
        ["/sosialisasi/laporan"] = [A, D],
        ["/program"] = [Public],
        ["/loket-layanan/minat"] = [A, D, L],
        ["/loket-layanan/minat/{Id:int}"] = [A, D, L],
        ["/loket-layanan/minat/unggah"] = [A, D, L],
        ["/admin/pengguna"] = [A],
        ["/admin/tarif"] = [A],
        ["/admin/audit"] = [A],
    };

    // Service operation → roles that pass its access check (a Csr caller is further limited to its own company).
    // ServiceCatalogTests fails when a public service method is neither here nor in Exempt.
    public static readonly IReadOnlyDictionary<string, string[]> Operations = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["AuditService.ListAsync"] = [A],
        ["AuditService.EntityTypesAsync"] = [A],
        ["AuditService.ExportAsync"] = [A],

        ["BpjsReconciliationService.BuildTemplateAsync"] = [A, D, K],
        ["BpjsReconciliationService.PreviewAsync"] = [A, D, K],
        ["BpjsReconciliationService.ApplyAsync"] = [A, D, K],

        ["CircularLetterService.CreateDraftAsync"] = [A, D],
        ["CircularLetterService.CreateFollowUpAsync"] = [A, D],
        ["CircularLetterService.UpdateDraftAsync"] = [A, D],
        ["CircularLetterService.SubmitAsync"] = [A, D],
        ["CircularLetterService.ReturnAsync"] = [A, D],
        ["CircularLetterService.ApproveAsync"] = [A, D],
        ["CircularLetterService.SignAsync"] = [A, D],
        ["CircularLetterService.ListAsync"] = [A, D, C],
        ["CircularLetterService.GetAsync"] = [A, D],
        ["CircularLetterService.EligibleWorkersAttachmentAsync"] = [A, D],

        ["CompanyService.GetMineAsync"] = [C],
        ["CompanyService.GetMineDetailAsync"] = [C],
        ["CompanyService.GetAsync"] = [A, D, C, K],
        ["CompanyService.ListAsync"] = [A, D, K],
        ["CompanyService.ListActiveOptionsAsync"] = [A, D, K],
        ["CompanyService.GetEditFormAsync"] = [A, D, C],
        ["CompanyService.CreateAsync"] = [A, D],
        ["CompanyService.UpdateAsync"] = [A, D, C],
        ["CompanyService.SetActiveAsync"] = [A, D],
        ["CompanyService.StreamAsync"] = [A, D, K],

        ["DeskService.ListAsync"] = [A, D, L],
        ["DeskService.GetAsync"] = [A, D, L],
        ["DeskService.GetEditFormAsync"] = [A, D],
        ["DeskService.CreateAsync"] = [A, D],
        ["DeskService.UpdateAsync"] = [A, D],
        ["DeskService.AgentOptionsAsync"] = [A, D],
        ["DeskService.RegistrationOptionsAsync"] = [A, D, L],
        ["DeskReportService.ReportAsync"] = [A, D],
        ["DeskReportService.ExcelAsync"] = [A, D],

        ["OutreachService.ListAsync"] = [A, D],
        ["OutreachService.CalendarAsync"] = [A, D],
        ["OutreachService.GetAsync"] = [A, D],
        ["OutreachService.GetEditFormAsync"] = [A, D],
        ["OutreachService.CreateAsync"] = [A, D],
        ["OutreachService.UpdateAsync"] = [A, D],
        ["OutreachService.MarkHeldAsync"] = [A, D],
        ["OutreachService.CancelAsync"] = [A, D],
        ["OutreachService.AddAttachmentAsync"] = [A, D],
        ["OutreachService.GetAttachmentAsync"] = [A, D],
        ["OutreachService.RemoveAttachmentAsync"] = [A, D],
        ["OutreachReportService.ReportAsync"] = [A, D],
        ["OutreachReportService.ExcelAsync"] = [A, D],

        ["LeadService.ListAsync"] = [A, D, L],
        ["LeadService.GetAsync"] = [A, D, L],
        ["LeadService.RecordContactAsync"] = [D, L],
        ["LeadService.CloseAsync"] = [D, L],
        ["LeadService.RegistrationDraftAsync"] = [D, L],
        ["NominationService.BuildTemplateAsync"] = [A, D, L],
        ["NominationService.PreviewAsync"] = [A, D, L],
        ["NominationService.ImportAsync"] = [A, D, L],

        ["CsrStatementService.GetAsync"] = [A, D, C, K],
        ["CsrStatementService.PdfAsync"] = [A, D, C, K],
        ["CsrStatementService.ExcelAsync"] = [A, D, C, K],

        ["DashboardService.DisnakerindAsync"] = [A, D],
        ["DashboardService.CsrAsync"] = [A, D, C, K],
        ["DashboardService.KeuanganAsync"] = [A, D, K],
        ["DashboardService.LoketAsync"] = [A, D, L],

        // Exports check the caller in the feature service whose rows they stream.
        ["ExportService.WorkersAsync"] = [A, D, L, K],
        ["ExportService.CompaniesAsync"] = [A, D, K],
        ["ExportService.SponsorshipsAsync"] = SignedIn,
        ["ExportService.InvoicesAsync"] = [A, D, C, K],
        ["ExportService.PaymentsAsync"] = [A, D, K],

        // Documents check the caller in InvoiceService.GetDocumentModelAsync / PaymentService.GetReceiptModelAsync.
        ["InvoiceDocumentService.InvoicePdfAsync"] = [A, D, C, K],
        ["ReceiptDocumentService.ReceiptPdfAsync"] = [A, D, C, K],
        ["InvoiceDocumentService.InvoicesZipAsync"] = [A, D, C, K],

        ["InvoiceService.ListBillableAsync"] = [A, D],
        ["InvoiceService.CreateDraftAsync"] = [A, D],
        ["InvoiceService.UpdateDraftAsync"] = [A, D],
        ["InvoiceService.IssueAsync"] = [A, D],
        ["InvoiceService.IssueAllForCompanyAsync"] = [A, D],
        ["InvoiceService.CancelAsync"] = [A, D],
        ["InvoiceService.RemoveDraftWorkerAsync"] = [A, D],
        ["InvoiceService.ListAsync"] = [A, D, C, K],
        ["InvoiceService.StreamAsync"] = [A, D, C, K],
        ["InvoiceService.TotalsAsync"] = [A, D, C, K],
        ["InvoiceService.GetAsync"] = [A, D, C, K],
        ["InvoiceService.GetDocumentModelAsync"] = [A, D, C, K],

        ["LetterDistributionService.ListCompanyChoicesAsync"] = [A, D],
        ["LetterDistributionService.DefaultRecipientIdsAsync"] = [A, D],
        ["LetterDistributionService.SetRecipientsAsync"] = [A, D],
        ["LetterDistributionService.DistributeAsync"] = [A, D],
        ["LetterDistributionService.RecordSentAsync"] = [A, D],
        ["LetterDistributionService.AcknowledgeAsync"] = [A, D, C],
        ["LetterDistributionService.PledgeAsync"] = [A, D, C],
        ["LetterDistributionService.RemindAsync"] = [A, D],

        ["LetterDocumentService.UploadSignedFileAsync"] = [A, D],
        ["LetterDocumentService.OfficialPdfAsync"] = [A, D],
        ["LetterDocumentService.CompanyCopyAsync"] = [A, D, C],
        ["LetterDocumentService.CombinedPdfAsync"] = [A, D],
        ["LetterDocumentService.CombinedPdfFileAsync"] = [A, D],

        ["LetterFunnelService.FunnelAsync"] = [A, D],

        ["NumberingService.ListTemplatesAsync"] = [A, D, K],
        ["NumberingService.UpdateTemplateAsync"] = [A],

        ["OverviewService.GetAsync"] = [A, D, L, K],

        ["PaymentService.RecordAsync"] = [K],
        ["PaymentService.ReverseAsync"] = [K],
        ["PaymentService.ListAsync"] = [A, D, K],
        ["PaymentService.StreamAsync"] = [A, D, K],
        ["PaymentService.TotalsAsync"] = [A, D, K],
        ["PaymentService.GetProofAsync"] = [A, D, K],
        ["PaymentService.GetReceiptModelAsync"] = [A, D, C, K],

        ["RateService.ListAsync"] = [A, D, K],
        ["RateService.AddVersionAsync"] = [A],
        ["RateService.UpdateVersionAsync"] = [A],
        ["RateService.GetCsrDiscountAsync"] = SignedIn,
        ["RateService.SetCsrDiscountAsync"] = [A],

        ["ReportService.RekapTagihanAsync"] = [A, D, K],
        ["ReportService.PembayaranAsync"] = [A, D, K],
        ["ReportService.PesertaDisponsoriAsync"] = [A, D, C, K],
        ["ReportService.CakupanWilayahAsync"] = [A, D, K],
        ["ReportService.IuranPerProgramAsync"] = [A, D, K],

        ["AdoptionService.FindEligibleAsync"] = [A, D, C],
        ["AdoptionService.AutoPickAsync"] = [A, D, C],
        ["AdoptionService.PreviewCostAsync"] = [A, D, C],
        ["AdoptionService.SubmitAsync"] = [A, D, C],
        ["SponsorshipService.RecordOtherCoverageAsync"] = [A, D],
        ["SponsorshipService.ListAsync"] = SignedIn,
        ["SponsorshipService.StreamAsync"] = SignedIn,
        ["SponsorshipService.GetAsync"] = SignedIn,
        ["SponsorshipService.CancelAsync"] = [A, D, C],
        ["SponsorshipService.ExtendAsync"] = [A, D, C],
        ["HandoverService.EndingSoonAsync"] = [A, D, L],
        ["HandoverService.AwaitingOutcomeAsync"] = [A, D, L],
        ["HandoverService.RecordOutcomeAsync"] = [A, D, L],
        ["RetentionService.GetAsync"] = SignedIn,
        ["SponsorshipService.CompanyTotalsAsync"] = [A, D, C, K],

        ["UserAdminService.ListAsync"] = [A],
        ["UserAdminService.CreateAsync"] = [A],
        ["UserAdminService.ResetPasswordAsync"] = [A],
        ["UserAdminService.SetActiveAsync"] = [A],

        ["WilayahService.ListKecamatanAsync"] = SignedIn,
        ["WilayahService.SearchDesaAsync"] = SignedIn,
        ["WilayahService.ListDesaOptionsAsync"] = SignedIn,

        ["WorkerImportService.BuildTemplateAsync"] = [A, D, L],
        ["WorkerImportService.PreviewAsync"] = [A, D, L],
        ["WorkerImportService.ImportValidRowsAsync"] = [A, D, L],

        ["WorkerService.SearchAsync"] = [A, D, L, K],
        ["WorkerService.StreamAsync"] = [A, D, L, K],
        ["WorkerService.GetAsync"] = [A, D, L, K],
        ["WorkerService.GetEditFormAsync"] = [A, D, L],
        ["WorkerService.ValidateAsync"] = [A, D, L],
        ["WorkerService.CreateAsync"] = [A, D, L],
        ["WorkerService.UpdateAsync"] = [A, D, L],
        ["WorkerService.VerifyAsync"] = [D],
        ["WorkerService.ClearReviewAsync"] = [D],
    };

    // Public service methods with no access check of their own, each for a reason. Keep this list short.
    public static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CoverageService.GetAsync"] = "anonymous by design: the public /cakupan page (aggregate counts, 1–4 shown as \"< 5\")",
        ["InvoiceService.VerifyAsync"] = "anonymous by design: the public /verifikasi/{token} page (found by an unguessable token)",
        ["CircularLetterService.VerifyAsync"] = "anonymous by design: the public /verifikasi/{token} page (found by an unguessable token)",
        ["AuditService.RecordSignInAsync"] = "anonymous by design: the sign-in page records attempts before anyone is signed in",
        ["AuditService.RecordAsync"] = "an audit write called by services after their own check (exports, NIK reveals); it reads nothing",
        ["CircularLetterService.NewFromTemplate"] = "a blank letter built from configuration (the signer printed on every letter); reads no data",
        ["BpjsReconciliationService.BuildMismatchReport"] = "formats a report the caller already holds from PreviewAsync (checked); reads no data",
        ["WorkerImportService.BuildErrorReport"] = "formats a preview the caller already holds from PreviewAsync (checked); reads no data",
        ["NominationService.BuildErrorReport"] = "formats a preview the caller already holds from PreviewAsync (checked); reads no data",
        ["InterestService.ProgrammeAsync"] = "anonymous by design: the public /program page (rates in force and open desks; no personal data)",
        ["InterestService.SubmitAsync"] = "anonymous by design: the public interest form stores a lead (limited per address by the page and per phone here)",
    };

    // Every routed endpoint that is not a page or the framework's own ("METHOD pattern", ANY when unrestricted)
    // → who may call it. The /dokumen downloads only require a signed-in user; the service operation named
    // decides the role and the company, and is walked by ServiceAccessTests and IdorTests.
    public static readonly IReadOnlyDictionary<string, EndpointAccess> Endpoints = new Dictionary<string, EndpointAccess>(StringComparer.Ordinal)
    {
        ["ANY /healthz"] = new(null, "health probe: \"Healthy\" (200) or \"Unhealthy\" (503); asked for JSON, also the engine and whether the database answers; nothing else"),
        ["POST /keluar"] = new(null, "sign-out; needs the antiforgery token of the layout's form, so a link cannot sign anyone out"),
        ["POST /sesi/aktif"] = new(null, "keep-alive while the user types or clicks (slides the cookie; answers 204, reads nothing)", SignedIn: true),
        ["GET /dokumen/tagihan/{id:int}"] = new("InvoiceDocumentService.InvoicePdfAsync", "invoice PDF"),
        ["GET /dokumen/kuitansi/{id:int}"] = new("ReceiptDocumentService.ReceiptPdfAsync", "receipt PDF"),
        ["GET /dokumen/surat-edaran/{id:int}"] = new("LetterDocumentService.OfficialPdfAsync", "the letter as signed, or a draft preview"),
        ["GET /dokumen/surat-edaran/{id:int}/perusahaan/{companyId:int}"] = new("LetterDocumentService.CompanyCopyAsync", "one company's copy"),
        ["GET /dokumen/surat-edaran/{id:int}/gabungan"] = new("LetterDocumentService.CombinedPdfFileAsync", "every company's copy in one PDF"),
        ["GET /dokumen/pernyataan-csr/{companyId:int}/{year:int}.pdf"] = new("CsrStatementService.PdfAsync", "annual CSR statement, PDF"),
        ["GET /dokumen/pernyataan-csr/{companyId:int}/{year:int}.xlsx"] = new("CsrStatementService.ExcelAsync", "annual CSR statement, Excel"),
    };
}

// DecidedBy null: open to anyone, signed in or not, unless SignedIn (any signed-in role, nothing to decide).
public sealed record EndpointAccess(string? DecidedBy, string What, bool SignedIn = false)
{
    public bool RequiresSignIn => DecidedBy is not null || SignedIn;

    public IReadOnlyList<string> Roles =>
        DecidedBy is not null ? AccessMatrix.Operations[DecidedBy] : SignedIn ? Core.Domain.Identity.Roles.All : [AccessMatrix.Public];
}
