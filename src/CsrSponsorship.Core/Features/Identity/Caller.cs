using System.Globalization;
using System.Security.Claims;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Identity;

namespace CsrSponsorship.Core.Features.Identity;

// Who is asking. Services decide access from this, never from what the menu happened to show.
public sealed record Caller(string UserId, string UserName, string Role, int? CompanyId)
{
    public const string CompanyClaim = "csr:company";
    public const string FullNameClaim = "csr:fullname";

    public static readonly Caller Anonymous = new("", "", "", null);

    public bool IsAuthenticated => UserId.Length > 0;

    public AuditActor Actor => new(UserId, UserName);

    public bool IsAny(params string[] roles)
    {
        var allowed = IsAuthenticated && roles.Contains(Role, StringComparer.Ordinal);
        if (allowed)
        {
            // Every service checks access before it writes, so this is where the audit log learns who acts.
            AuditActor.Set(Actor);
        }

        return allowed;
    }

    public void Require(params string[] roles)
    {
        if (!IsAny(roles))
        {
            throw new AccessDeniedException();
        }
    }

    // A Csr caller without a company binding is a broken account; refuse rather than show nothing or everything.
    public int RequireCompany()
    {
        Require(Roles.Csr);
        return CompanyId ?? throw new AccessDeniedException();
    }

    public static Caller FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? "";
        // Accounts hold exactly one role; pick the first known one to be safe against stray claims.
        var role = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).FirstOrDefault(Roles.IsKnown) ?? "";
        var company = int.TryParse(principal.FindFirstValue(CompanyClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var c)
            ? c
            : (int?)null;
        return new Caller(id, name, role, company);
    }
}

public interface ICurrentUser
{
    Task<Caller> GetAsync();
}
