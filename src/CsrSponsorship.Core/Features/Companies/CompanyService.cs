using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Companies;

public sealed record CompanyOption(int Id, string LegalName);

public sealed record CompanySummary(int Id, string LegalName, string? Npwp, string Address, bool IsActive, int CsrUserCount);

public sealed record CompanyQuery(
    string? Search = null,
    CompanySector? Sector = null,
    string? KecamatanCode = null,
    bool? IsActive = null,
    bool Descending = false,
    PageRequest? Page = null);

public sealed record CompanyRow(
    int Id, string LegalName, string? Npwp, CompanySector Sector, IReadOnlyList<string> KecamatanNames, string? ContactName, bool IsActive);

public sealed record CompanyDesa(string Code, string Name, string KecamatanCode, string KecamatanName);

public sealed record CompanyCsrAccount(string FullName, string Email, bool IsActive);

public sealed record CompanyDetail(
    int Id, string LegalName, string? Npwp, string? Nib, CompanySector Sector, string Address,
    string? ContactName, string? ContactPhone, string? ContactEmail, long? AnnualCsrBudget, bool IsActive, DateTime CreatedAtUtc,
    IReadOnlyList<CompanyDesa> OperatingDesa, IReadOnlyList<CompanyCsrAccount> CsrAccounts, Guid Version,
    bool CanEdit, bool CanSetActive);

public sealed class CompanyService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    private static readonly string[] Managers = [Roles.Admin, Roles.Disnakerind];
    private static readonly string[] Readers = [Roles.Admin, Roles.Disnakerind, Roles.Keuangan];

    // A Csr user sees exactly the company its account is bound to.
    public async Task<CompanySummary> GetMineAsync(CancellationToken ct = default)
    {
        var companyId = (await currentUser.GetAsync()).RequireCompany();
        return await FindAsync(companyId, ct) ?? throw new NotFoundException("Perusahaan");
    }

    public async Task<CompanyDetail> GetMineDetailAsync(CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        return await DetailAsync(caller, caller.RequireCompany(), ct);
    }

    // Another company's id from a Csr caller answers "not found", never "forbidden": ids reveal nothing.
    public async Task<CompanyDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        RequireReader(caller, id);
        return await DetailAsync(caller, id, ct);
    }

    public async Task<PagedResult<CompanyRow>> ListAsync(CompanyQuery query, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var companies = Filter(db, query);
        var page = query.Page ?? new PageRequest();
        var total = await companies.CountAsync(ct);
        var rows = await companies.Skip(page.Skip).Take(page.Take)
            .Select(c => new { c.Id, c.LegalName, c.Npwp, c.Sector, c.ContactName, c.IsActive })
            .ToListAsync(ct);

        var ids = rows.Select(r => r.Id).ToList();
        var kecamatan = await KecamatanNamesAsync(db, db.Set<CompanyOperatingDesa>().Where(o => ids.Contains(o.CompanyId)), ct);

        var items = rows.Select(r => new CompanyRow(
            r.Id, r.LegalName, r.Npwp, r.Sector, kecamatan.GetValueOrDefault(r.Id, []), r.ContactName, r.IsActive)).ToList();
        return new PagedResult<CompanyRow>(items, total);
    }

    public async Task<IReadOnlyList<CompanyOption>> ListActiveOptionsAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Companies.AsNoTracking()
            .Where(c => c.IsActive)
            .OrderBy(c => c.LegalName)
            .Select(c => new CompanyOption(c.Id, c.LegalName))
            .ToListAsync(ct);
    }

    public async Task<CompanyEditForm> GetEditFormAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        RequireEditor(caller, id);
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.Companies.AsNoTracking().Include(x => x.OperatingDesa).SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Perusahaan");
        return new CompanyEditForm(
            new CompanyDraft
            {
                LegalName = c.LegalName, Npwp = c.Npwp, Nib = c.Nib, Sector = c.Sector, Address = c.Address, ContactName = c.ContactName,
                ContactPhone = c.ContactPhone, ContactEmail = c.ContactEmail, AnnualCsrBudget = c.AnnualCsrBudget, IsActive = c.IsActive,
                OperatingDesaCodes = [.. c.OperatingDesa.Select(d => d.DesaCode)],
            },
            c.Version);
    }

    public async Task<int> CreateAsync(CompanyDraft draft, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Managers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var valid = await ValidateAsync(db, draft, ct);
        await ThrowIfNpwpTakenAsync(db, caller, valid.Profile.Npwp!, exceptId: null, ct);

        var company = Company.Create(valid.Profile.LegalName, valid.Profile.Address ?? "", valid.Profile.Npwp, clock.GetUtcNow().UtcDateTime);
        company.Update(valid.Profile);
        company.SetOperatingDesa(valid.OperatingDesaCodes);
        if (!valid.IsActive)
        {
            company.Deactivate();
        }

        db.Companies.Add(company);
        await SaveAsync(db, caller, valid.Profile.Npwp!, exceptId: null, ct);
        return company.Id;
    }

    public async Task UpdateAsync(int id, CompanyDraft draft, Guid version, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        RequireEditor(caller, id);
        await using var db = await factory.CreateDbContextAsync(ct);
        var company = await db.Companies.Include(c => c.OperatingDesa).SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("Perusahaan");

        // Activation is the office's decision: a company cannot switch itself on or off.
        if (draft.IsActive != company.IsActive && !caller.IsAny(Managers))
        {
            throw new AccessDeniedException();
        }

        var valid = await ValidateAsync(db, draft, ct);
        await ThrowIfNpwpTakenAsync(db, caller, valid.Profile.Npwp!, exceptId: id, ct);

        var entry = db.Entry(company);
        entry.Property(c => c.Version).OriginalValue = version;
        company.Update(valid.Profile);
        company.SetOperatingDesa(valid.OperatingDesaCodes);
        if (valid.IsActive)
        {
            company.Activate();
        }
        else
        {
            company.Deactivate();
        }

        // A change to the operating desa alone touches only child rows; still check and renew the company's version.
        entry.Property(c => c.Version).IsModified = true;
        await SaveAsync(db, caller, valid.Profile.Npwp!, exceptId: id, ct);
    }

    public async Task SetActiveAsync(int id, bool active, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Managers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Perusahaan");
        if (active)
        {
            company.Activate();
        }
        else
        {
            company.Deactivate();
        }

        await db.SaveOrConflictAsync(ct);
    }

    // Company id → the kecamatan it operates in, by name in code order (the list's "Wilayah operasi" column).
    private static async Task<Dictionary<int, IReadOnlyList<string>>> KecamatanNamesAsync(
        AppDbContext db, IQueryable<CompanyOperatingDesa> operating, CancellationToken ct) =>
        (await (
                from o in operating.AsNoTracking()
                join d in db.Desa on o.DesaCode equals d.Code
                select new { o.CompanyId, d.KecamatanCode, d.Kecamatan!.Name })
            .Distinct()
            .ToListAsync(ct))
            .GroupBy(x => x.CompanyId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(x => x.KecamatanCode, StringComparer.Ordinal).Select(x => x.Name)]);

    // Every matching company for the Excel export, in list order.
    public async IAsyncEnumerable<CompanyRow> StreamAsync(CompanyQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        (await currentUser.GetAsync()).Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var kecamatan = await KecamatanNamesAsync(db, db.Set<CompanyOperatingDesa>(), ct);
        var rows = Filter(db, query).Select(c => new { c.Id, c.LegalName, c.Npwp, c.Sector, c.ContactName, c.IsActive }).AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct))
        {
            yield return new CompanyRow(r.Id, r.LegalName, r.Npwp, r.Sector, kecamatan.GetValueOrDefault(r.Id, []), r.ContactName, r.IsActive);
        }
    }

    private static IQueryable<Company> Filter(AppDbContext db, CompanyQuery query)
    {
        var companies = db.Companies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var digits = string.Concat(term.Where(char.IsAsciiDigit));
            if (digits.Length > 0 && term.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or ' '))
            {
                // A legacy 15-digit NPWP is stored with its leading 0; anything shorter is a fragment.
                companies = digits.Length == 15
                    ? companies.Where(c => c.Npwp == "0" + digits)
                    : companies.Where(c => c.Npwp != null && c.Npwp.Contains(digits));
            }
            else
            {
                var pattern = LikePattern.Contains(term);
                companies = companies.Where(c => TextSearch.Like(c.LegalName, pattern));
            }
        }

        if (query.Sector is { } sector)
        {
            companies = companies.Where(c => c.Sector == sector);
        }

        if (!string.IsNullOrWhiteSpace(query.KecamatanCode))
        {
            companies = companies.Where(c => c.OperatingDesa.Any(o =>
                db.Desa.Any(d => d.Code == o.DesaCode && d.KecamatanCode == query.KecamatanCode)));
        }

        if (query.IsActive is { } active)
        {
            companies = companies.Where(c => c.IsActive == active);
        }

        return query.Descending
            ? companies.OrderByDescending(c => c.LegalName).ThenBy(c => c.Id)
            : companies.OrderBy(c => c.LegalName).ThenBy(c => c.Id);
    }

    private static void RequireReader(Caller caller, int id)
    {
        caller.Require([.. Readers, Roles.Csr]);
        if (caller.Role == Roles.Csr && caller.CompanyId != id)
        {
            throw new NotFoundException("Perusahaan");
        }
    }

    private static void RequireEditor(Caller caller, int id)
    {
        caller.Require([.. Managers, Roles.Csr]);
        if (caller.Role == Roles.Csr && caller.CompanyId != id)
        {
            throw new NotFoundException("Perusahaan");
        }
    }

    private static bool CanEdit(Caller caller, int id) =>
        caller.IsAny(Managers) || (caller.Role == Roles.Csr && caller.CompanyId == id);

    private static async Task<ValidCompany> ValidateAsync(AppDbContext db, CompanyDraft draft, CancellationToken ct)
    {
        var (errors, valid) = CompanyDraftRules.Validate(draft, await DesaLookup.LoadAsync(db, ct));
        return valid ?? throw new CompanyValidationException(errors);
    }

    private async Task SaveAsync(AppDbContext db, Caller caller, string npwp, int? exceptId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
        catch (DbUpdateException)
        {
            // Another officer may have saved the same NPWP between our check and our write.
            await using var fresh = await factory.CreateDbContextAsync(ct);
            await ThrowIfNpwpTakenAsync(fresh, caller, npwp, exceptId, ct);
            throw;
        }
    }

    private static async Task ThrowIfNpwpTakenAsync(AppDbContext db, Caller caller, string npwp, int? exceptId, CancellationToken ct)
    {
        var holder = await db.Companies.AsNoTracking()
            .Where(c => c.Npwp == npwp && c.Id != exceptId)
            .Select(c => c.LegalName)
            .FirstOrDefaultAsync(ct);
        if (holder is null)
        {
            return;
        }

        // A Csr officer learns only that the number is taken, not which other company holds it.
        var message = caller.IsAny(Managers)
            ? $"NPWP ini sudah dipakai oleh {holder}. Satu NPWP hanya untuk satu perusahaan."
            : "NPWP ini sudah dipakai oleh perusahaan lain. Hubungi Disnakerind bila data perlu diperbaiki.";
        throw new CompanyValidationException([new FieldIssue(nameof(CompanyDraft.Npwp), message)]);
    }

    private async Task<CompanyDetail> DetailAsync(Caller caller, int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.Companies.AsNoTracking().Include(x => x.OperatingDesa).SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Perusahaan");
        var desa = await DesaLookup.LoadAsync(db, ct);
        var operating = c.OperatingDesa
            .Select(o => desa[o.DesaCode])
            .OrderByDescending(d => d.InProgrammeArea)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => new CompanyDesa(d.Code, d.Name, d.KecamatanCode, d.KecamatanName))
            .ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.CompanyId == id)
            .OrderBy(u => u.FullName)
            .Select(u => new CompanyCsrAccount(u.FullName, u.Email ?? "", u.IsActive))
            .ToListAsync(ct);

        return new CompanyDetail(
            c.Id, c.LegalName, c.Npwp, c.Nib, c.Sector, c.Address, c.ContactName, c.ContactPhone, c.ContactEmail, c.AnnualCsrBudget,
            c.IsActive, c.CreatedAtUtc, operating, accounts, c.Version, CanEdit(caller, id), caller.IsAny(Managers));
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
