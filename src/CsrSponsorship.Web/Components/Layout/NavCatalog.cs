using System.Security.Claims;
using CsrSponsorship.Core.Domain.Identity;
using MudBlazor;

namespace CsrSponsorship.Web.Components.Layout;

public sealed record NavItem(string Title, string Href, string Icon, IReadOnlyList<string> Roles);

// What each role sees in the drawer. This is convenience, not security: pages carry [Authorize(Roles)]
// and services check the caller again.
public static class NavCatalog
{
    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("Beranda", "/disnaker", Icons.Material.Filled.Dashboard, [Roles.Disnakerind]),
        new("Beranda", "/loket", Icons.Material.Filled.Dashboard, [Roles.Loket]),
        new("Beranda", "/keuangan", Icons.Material.Filled.Dashboard, [Roles.Keuangan]),
        new("Perusahaan Saya", "/perusahaan-saya", Icons.Material.Filled.Business, [Roles.Csr]),
        new("Perusahaan", "/perusahaan", Icons.Material.Filled.Business, [Roles.Admin, Roles.Disnakerind, Roles.Keuangan]),
        new("Pekerja", "/pekerja", Icons.Material.Filled.People, [Roles.Admin, Roles.Disnakerind, Roles.Loket, Roles.Keuangan]),
        new("Adopsi pekerja", "/adopsi", Icons.Material.Filled.GroupAdd, [Roles.Csr, Roles.Disnakerind]),
        new("Kepesertaan", "/kepesertaan", Icons.Material.Filled.VerifiedUser, [Roles.Admin, Roles.Disnakerind, Roles.Loket, Roles.Csr, Roles.Keuangan]),
        new("Tagihan", "/tagihan", Icons.Material.Filled.ReceiptLong, [Roles.Admin, Roles.Disnakerind, Roles.Keuangan, Roles.Csr]),
        new("Surat Edaran", "/surat-edaran", Icons.Material.Filled.Campaign, [Roles.Admin, Roles.Disnakerind]),
        new("Surat masuk", "/surat-masuk", Icons.Material.Filled.MarkEmailUnread, [Roles.Csr]),
        new("Pembayaran", "/pembayaran", Icons.Material.Filled.Payments, [Roles.Admin, Roles.Disnakerind, Roles.Keuangan]),
        new("Serah-terima", "/serah-terima", Icons.Material.Filled.Handshake, [Roles.Disnakerind, Roles.Loket]),
        new("Sosialisasi", "/sosialisasi", Icons.Material.Filled.Groups, [Roles.Admin, Roles.Disnakerind]),
        new("Peminat", "/loket-layanan/minat", Icons.Material.Filled.ContactPhone, [Roles.Disnakerind, Roles.Loket]),
        new("Loket layanan", "/loket-layanan", Icons.Material.Filled.Storefront, [Roles.Admin, Roles.Disnakerind, Roles.Loket]),
        new("Rekonsiliasi BPJS", "/rekonsiliasi-bpjs", Icons.Material.Filled.FactCheck, [Roles.Keuangan, Roles.Disnakerind]),
        new("Tarif iuran", "/admin/tarif", Icons.Material.Filled.Percent, [Roles.Admin]),
        new("Laporan", "/laporan", Icons.Material.Filled.Assessment, [Roles.Admin, Roles.Disnakerind, Roles.Keuangan]),
        new("Pengguna", "/admin/pengguna", Icons.Material.Filled.ManageAccounts, [Roles.Admin]),
        new("Log audit", "/admin/audit", Icons.Material.Filled.History, [Roles.Admin]),
        new("Wilayah", "/wilayah", Icons.Material.Filled.Map, Core.Domain.Identity.Roles.All),
    ];

    public static IReadOnlyList<NavItem> For(ClaimsPrincipal user) =>
        [.. Items.Where(item => item.Roles.Any(user.IsInRole))];
}
