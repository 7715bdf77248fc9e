using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Layout;

namespace CsrSponsorship.Tests.Web;

public sealed class NavMenuTests : MudTestContext
{
    [Theory]
    [InlineData(Roles.Admin, new[] { "Perusahaan", "Pekerja", "Kepesertaan", "Tagihan", "Surat Edaran", "Pembayaran", "Sosialisasi", "Loket layanan", "Tarif iuran", "Laporan", "Pengguna", "Log audit", "Wilayah" })]
    [InlineData(Roles.Disnakerind, new[] { "Beranda", "Perusahaan", "Pekerja", "Adopsi pekerja", "Kepesertaan", "Tagihan", "Surat Edaran", "Pembayaran", "Serah-terima", "Sosialisasi", "Peminat", "Loket layanan", "Rekonsiliasi BPJS", "Laporan", "Wilayah" })]
    [InlineData(Roles.Loket, new[] { "Beranda", "Pekerja", "Kepesertaan", "Serah-terima", "Peminat", "Loket layanan", "Wilayah" })]
    [InlineData(Roles.Csr, new[] { "Perusahaan Saya", "Adopsi pekerja", "Kepesertaan", "Tagihan", "Surat masuk", "Wilayah" })]
    [InlineData(Roles.Keuangan, new[] { "Beranda", "Perusahaan", "Pekerja", "Kepesertaan", "Tagihan", "Pembayaran", "Rekonsiliasi BPJS", "Laporan", "Wilayah" })]
    public void The_drawer_shows_only_what_the_role_may_use(string role, string[] expected)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized($"{role}@demo.local");
        auth.SetRoles(role);

        var menu = Render<NavMenu>();

        var titles = menu.FindAll(".mud-nav-link-text").Select(e => e.TextContent.Trim()).ToArray();
        Assert.Equal(expected, titles);
    }

    [Fact]
    public void A_Csr_officer_never_sees_the_user_administration_link()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("csr@demo.local");
        auth.SetRoles(Roles.Csr);

        var menu = Render<NavMenu>();

        Assert.DoesNotContain("/admin/pengguna", menu.Markup, StringComparison.Ordinal);
        Assert.Contains("/perusahaan-saya", menu.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_out_visitor_gets_an_empty_drawer()
    {
        AddAuthorization();
        var menu = Render<NavMenu>();
        Assert.Empty(menu.FindAll(".mud-nav-link"));
    }

    [Fact]
    public void The_Disnakerind_home_link_points_to_its_own_dashboard()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("disnaker@demo.local");
        auth.SetRoles(Roles.Disnakerind);

        var menu = Render<NavMenu>();

        Assert.Equal("/disnaker", menu.Find("a.mud-nav-link").GetAttribute("href"));
    }
}
