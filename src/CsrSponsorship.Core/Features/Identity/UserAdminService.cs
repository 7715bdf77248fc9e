using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Core.Features.Identity;

public sealed record UserQuery(string? Search = null, string? Role = null, bool? Active = null, PageRequest? Page = null);

public sealed record UserRow(
    string Id, string Email, string FullName, string Role, int? CompanyId, string? CompanyName,
    bool IsActive, bool IsLockedOut, DateTime CreatedAtUtc);

public sealed record NewUser(string Email, string FullName, string Role, int? CompanyId, string Password);

// Accounts are created by an Admin only (no self-registration). UserManager is resolved in a fresh
// scope per operation so a long-lived circuit never holds a stale Identity DbContext.
public sealed class UserAdminService(
    IDbContextFactory<AppDbContext> factory,
    IServiceScopeFactory scopes,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public async Task<PagedResult<UserRow>> ListAsync(UserQuery query, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();

        var rows =
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            join c in db.Companies on u.CompanyId equals c.Id into companies
            from c in companies.DefaultIfEmpty()
            select new { u, Role = r.Name!, CompanyName = c == null ? null : c.LegalName };

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Contains(query.Search);
            rows = rows.Where(x => TextSearch.Like(x.u.Email, pattern)
                || TextSearch.Like(x.u.FullName, pattern));
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            rows = rows.Where(x => x.Role == query.Role);
        }

        if (query.Active is { } active)
        {
            rows = rows.Where(x => x.u.IsActive == active);
        }

        var page = query.Page ?? new PageRequest();
        var total = await rows.CountAsync(ct);
        var items = await rows
            .OrderBy(x => x.u.Email)
            .Skip(page.Skip).Take(page.Take)
            .Select(x => new { x.u.Id, x.u.Email, x.u.FullName, x.Role, x.u.CompanyId, x.CompanyName, x.u.IsActive, x.u.LockoutEnd, x.u.CreatedAtUtc })
            .ToListAsync(ct);

        return new PagedResult<UserRow>(
            [.. items.Select(x => new UserRow(x.Id, x.Email ?? "", x.FullName, x.Role, x.CompanyId, x.CompanyName, x.IsActive,
                x.LockoutEnd is { } end && end > now, x.CreatedAtUtc))],
            total);
    }

    public async Task<string> CreateAsync(NewUser request, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin);

        var email = (request.Email ?? "").Trim();
        var fullName = (request.FullName ?? "").Trim();
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainException("Email wajib diisi dengan alamat yang valid.");
        }

        if (fullName.Length == 0)
        {
            throw new DomainException("Nama lengkap wajib diisi.");
        }

        if (!Roles.IsKnown(request.Role))
        {
            throw new DomainException("Pilih salah satu peran yang tersedia.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await ValidateCompanyBindingAsync(db, request.Role, request.CompanyId, ct);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = fullName,
            CompanyId = request.Role == Roles.Csr ? request.CompanyId : null,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        // User and role in one transaction: never an account that exists without its role.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        ThrowIfFailed(await users.CreateAsync(user, request.Password ?? ""));
        ThrowIfFailed(await users.AddToRoleAsync(user, request.Role));
        await tx.CommitAsync(ct);
        return user.Id;
    }

    public async Task ResetPasswordAsync(string userId, string newPassword, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Pengguna");

        var token = await users.GeneratePasswordResetTokenAsync(user);
        ThrowIfFailed(await users.ResetPasswordAsync(user, token, newPassword ?? ""));
        // A reset is how an Admin helps a locked-out colleague back in.
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
    }

    public async Task SetActiveAsync(string userId, bool active, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin);
        if (!active && userId == caller.UserId)
        {
            throw new DomainException("Anda tidak dapat menonaktifkan akun Anda sendiri.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("Pengguna");
        user.IsActive = active;
        ThrowIfFailed(await users.UpdateAsync(user));
        // A new security stamp makes open circuits and cookies of a disabled user fail revalidation.
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
    }

    private static async Task ValidateCompanyBindingAsync(AppDbContext db, string role, int? companyId, CancellationToken ct)
    {
        if (role != Roles.Csr)
        {
            if (companyId is not null)
            {
                throw new DomainException("Hanya akun Petugas CSR yang terikat pada perusahaan.");
            }

            return;
        }

        if (companyId is null)
        {
            throw new DomainException("Akun Petugas CSR wajib terikat pada satu perusahaan.");
        }

        var company = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => new { c.IsActive }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Perusahaan");
        if (!company.IsActive)
        {
            throw new DomainException("Perusahaan tidak aktif; aktifkan dahulu sebelum membuat akun CSR-nya.");
        }
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
