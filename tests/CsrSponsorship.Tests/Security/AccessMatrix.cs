using CsrSponsorship.Core.Domain.Identity;

namespace CsrSponsorship.Tests.Security;

// The declared access-control matrix; README.md "Access-control matrix" is the same table. A page or an
// operation whose attributes or checks drift from this list fails AccessMatrixTests.
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
        ["/admin/pengguna"] = [A],
        ["/admin/tarif"] = [A],
        ["/admin/audit"] = [A],
    };

    // Service operation → roles that pass its access check (a Csr caller is further limited to its own company).
    public static readonly IReadOnlyDictionary<string, string[]> Operations = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["WorkerService.SearchAsync"] = [A, D, L, K],
        ["WorkerService.GetAsync"] = [A, D, L, K],
        ["WorkerService.CreateAsync"] = [A, D, L],
        ["WorkerService.VerifyAsync"] = [D],
        ["CompanyService.ListAsync"] = [A, D, K],
        ["CompanyService.GetMineAsync"] = [C],
        ["CompanyService.CreateAsync"] = [A, D],
        ["SponsorshipService.ListAsync"] = SignedIn,
        ["SponsorshipService.EndingSoonAsync"] = [A, D, L],
        ["InvoiceService.ListAsync"] = [A, D, C, K],
        ["InvoiceService.ListBillableAsync"] = [A, D],
        ["PaymentService.ListAsync"] = [A, D, K],
        ["PaymentService.RecordAsync"] = [K],
        ["CircularLetterService.ListAsync"] = [A, D, C],
        ["RateService.ListAsync"] = [A, D, K],
        ["RateService.SetCsrDiscountAsync"] = [A],
        ["UserAdminService.ListAsync"] = [A],
        ["DashboardService.DisnakerindAsync"] = [A, D],
        ["DashboardService.KeuanganAsync"] = [A, D, K],
        ["DashboardService.LoketAsync"] = [A, D, L],
        ["BpjsReconciliationService.BuildTemplateAsync"] = [A, D, K],
        ["AuditService.ListAsync"] = [A],
        ["AuditService.ExportAsync"] = [A],
    };
}
