using Microsoft.AspNetCore.Identity;

namespace CsrSponsorship.Core.Domain.Identity;

public class ApplicationUser : IdentityUser
{
    public string FullName { get; set; } = "";

    // Set for Csr users only: the one company whose data they may see and change.
    public int? CompanyId { get; set; }

    // Disabled accounts keep their history (audit, who registered what) but cannot sign in.
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }
}
