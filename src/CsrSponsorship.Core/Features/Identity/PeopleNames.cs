using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Identity;

// Who did something, as people read it on a screen: "Rahmat Hidayat (Petugas Disnakerind)", never a login e-mail.
// The audit log keeps the account (e-mail and id) for the administrator; screens show the person and their role.
public static class PeopleNames
{
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(AppDbContext db, IEnumerable<string> userIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = userIds.Where(id => id.Length > 0).Distinct().ToList();
        var people = await (
            from u in db.Users.AsNoTracking()
            where ids.Contains(u.Id)
            select new
            {
                u.Id,
                u.FullName,
                u.UserName,
                Role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault(),
            }).ToListAsync(ct);
        return people.ToDictionary(p => p.Id, p => Display(p.FullName.Length > 0 ? p.FullName : p.UserName ?? "—", p.Role));
    }

    public static string Display(string fullName, string? role) =>
        role is null || !Roles.IsKnown(role) ? fullName : $"{fullName} ({Roles.Label(role)})";
}
