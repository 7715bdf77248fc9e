using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Reports;

public sealed record ProgrammeKecamatan(string Code, string Name, int DesaCount);

public sealed record Overview(int ActiveCompanies, int TotalDesa, IReadOnlyList<ProgrammeKecamatan> ProgrammeArea)
{
    public int ProgrammeDesa => ProgrammeArea.Sum(k => k.DesaCount);
}

// Headline figures for the office roles' home pages.
public sealed class OverviewService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser)
{
    public async Task<Overview> GetAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin, Roles.Disnakerind, Roles.Loket, Roles.Keuangan);
        await using var db = await factory.CreateDbContextAsync(ct);
        var companies = await db.Companies.CountAsync(c => c.IsActive, ct);
        var desa = await db.Desa.CountAsync(ct);
        var area = await db.ProgrammeArea.AsNoTracking()
            .OrderBy(p => p.KecamatanCode)
            .Select(p => new ProgrammeKecamatan(p.KecamatanCode, p.Kecamatan!.Name, p.Kecamatan.Desa.Count))
            .ToListAsync(ct);
        return new Overview(companies, desa, area);
    }
}
