using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Wilayah;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Wilayah;

public sealed record KecamatanRow(string Code, string Name, int DesaCount, bool InProgrammeArea);

public sealed record DesaRow(string Code, string Name, DesaKind Kind, string KecamatanCode, string KecamatanName, string? FormerName, bool InProgrammeArea);

public enum DesaSort
{
    Code,
    Name,
    Kecamatan,
}

public sealed record DesaQuery(
    string? Search = null,
    string? KecamatanCode = null,
    bool ProgrammeAreaOnly = false,
    DesaSort SortBy = DesaSort.Code,
    bool Descending = false,
    PageRequest? Page = null);

// Reference data every signed-in role may read.
public sealed class WilayahService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<KecamatanRow>> ListKecamatanAsync(CancellationToken ct = default)
    {
        await RequireSignedInAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Kecamatan.AsNoTracking()
            .OrderBy(k => k.Code)
            .Select(k => new KecamatanRow(k.Code, k.Name, k.Desa.Count, db.ProgrammeArea.Any(p => p.KecamatanCode == k.Code)))
            .ToListAsync(ct);
    }

    public async Task<PagedResult<DesaRow>> SearchDesaAsync(DesaQuery query, CancellationToken ct = default)
    {
        await RequireSignedInAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = db.Desa.AsNoTracking().AsQueryable();

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Contains(query.Search);
            var prefix = LikePattern.StartsWith(query.Search);
            rows = rows.Where(d => TextSearch.Like(d.Name, pattern)
                || (d.FormerName != null && TextSearch.Like(d.FormerName, pattern))
                || EF.Functions.Like(d.Code, prefix, LikePattern.Escape));
        }

        if (!string.IsNullOrWhiteSpace(query.KecamatanCode))
        {
            rows = rows.Where(d => d.KecamatanCode == query.KecamatanCode);
        }

        if (query.ProgrammeAreaOnly)
        {
            rows = rows.Where(d => db.ProgrammeArea.Any(p => p.KecamatanCode == d.KecamatanCode));
        }

        rows = (query.SortBy, query.Descending) switch
        {
            (DesaSort.Name, false) => rows.OrderBy(d => d.Name),
            (DesaSort.Name, true) => rows.OrderByDescending(d => d.Name),
            (DesaSort.Kecamatan, false) => rows.OrderBy(d => d.Kecamatan!.Name).ThenBy(d => d.Name),
            (DesaSort.Kecamatan, true) => rows.OrderByDescending(d => d.Kecamatan!.Name).ThenBy(d => d.Name),
            (_, true) => rows.OrderByDescending(d => d.Code),
            _ => rows.OrderBy(d => d.Code),
        };

        var page = query.Page ?? new PageRequest();
        var total = await rows.CountAsync(ct);
        var items = await rows.Skip(page.Skip).Take(page.Take)
            .Select(d => new DesaRow(d.Code, d.Name, d.Kind, d.KecamatanCode, d.Kecamatan!.Name, d.FormerName,
                db.ProgrammeArea.Any(p => p.KecamatanCode == d.KecamatanCode)))
            .ToListAsync(ct);
        return new PagedResult<DesaRow>(items, total);
    }

    // For pickers: every desa with its kecamatan, programme-area kecamatan first.
    public async Task<IReadOnlyList<DesaInfo>> ListDesaOptionsAsync(CancellationToken ct = default)
    {
        await RequireSignedInAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        return [.. (await DesaLookup.LoadAsync(db, ct)).Values
            .OrderByDescending(d => d.InProgrammeArea).ThenBy(d => d.KecamatanName, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)];
    }

    private async Task RequireSignedInAsync()
    {
        if (!(await currentUser.GetAsync()).IsAuthenticated)
        {
            throw new AccessDeniedException();
        }
    }
}
