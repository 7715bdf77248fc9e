using System.Security.Claims;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;

namespace CsrSponsorship.Web.Features.Identity;

// Where each role lands after signing in or opening "/".
internal static class RoleHome
{
    public static string For(ClaimsPrincipal user)
    {
        var role = Caller.FromPrincipal(user).Role;
        return role switch
        {
            Roles.Admin => "/admin/pengguna",
            Roles.Disnakerind => "/disnaker",
            Roles.Loket => "/loket",
            Roles.Csr => "/perusahaan-saya",
            Roles.Keuangan => "/keuangan",
            _ => "/akses-ditolak",
        };
    }
}
