using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Companies;

public sealed record CompanyOption(int Id, string LegalName);

public sealed record CompanySummary(int Id, string LegalName, string? Npwp, string Address, bool IsActive, int CsrUserCount);

public sealed class CompanyService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser)
{
    // A Csr user sees exactly the company its account is bound to.
    public async Task<CompanySummary> GetMineAsync(CancellationToken ct = default)
    {
        var companyId = (await currentUser.GetAsync()).RequireCompany();
        return await FindAsync(companyId, ct) ?? throw new NotFoundException("Perusahaan");
    }

    // Another company's id from a Csr caller answers "not found", never "forbidden": ids reveal nothing.
    public async Task<CompanySummary> GetAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Keuangan, Roles.Csr);
        if (caller.Role == Roles.Csr && caller.CompanyId != id)
        {
            throw new NotFoundException("Perusahaan");
        }

        return await FindAsync(id, ct) ?? throw new NotFoundException("Perusahaan");
    }

    public async Task<IReadOnlyList<CompanyOption>> ListActiveOptionsAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin, Roles.Disnakerind, Roles.Keuangan);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Companies.AsNoTracking()
            .Where(c => c.IsActive)
            .OrderBy(c => c.LegalName)
            .Select(c => new CompanyOption(c.Id, c.LegalName))
            .ToListAsync(ct);
    }

    private async Task<CompanySummary?> FindAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Companies.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new CompanySummary(c.Id, c.LegalName, c.Npwp, c.Address, c.IsActive,
                db.Users.Count(u => u.CompanyId == c.Id)))
            .SingleOrDefaultAsync(ct);
    }
}
