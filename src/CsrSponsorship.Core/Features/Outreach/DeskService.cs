using System.Globalization;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Outreach;

// One-stop desks as places (Layanan Satu Pintu): Disnakerind keeps them and names their agents; desk agents see them.
public sealed class DeskService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Disnakerind, Roles.Loket];
    private static readonly string[] Managers = [Roles.Admin, Roles.Disnakerind];

    public async Task<PagedResult<DeskRow>> ListAsync(DeskQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        (await currentUser.GetAsync()).Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var desks = db.Desks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Contains(query.Search);
            desks = desks.Where(d => TextSearch.Like(d.Name, pattern) || TextSearch.Like(d.Address, pattern));
        }

        if (!string.IsNullOrEmpty(query.KecamatanCode))
        {
            desks = desks.Where(d => d.KecamatanCode == query.KecamatanCode);
        }

        if (query.IsActive is { } active)
        {
            desks = desks.Where(d => d.IsActive == active);
        }

        var page = query.Page ?? new PageRequest();
        var total = await desks.CountAsync(ct);
        var rows = await desks.OrderBy(d => d.Name).ThenBy(d => d.Id).Skip(page.Skip).Take(page.Take)
            .Select(d => new { d.Id, d.Name, d.DesaCode, d.OpeningDays, d.OpensAt, d.ClosesAt, d.IsActive, d.SeedKey })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var agents = (await (
                from a in db.DeskAgents.AsNoTracking()
                where ids.Contains(a.DeskId)
                join u in db.Users.AsNoTracking() on a.UserId equals u.Id
                select new { a.DeskId, u.FullName })
            .ToListAsync(ct))
            .GroupBy(a => a.DeskId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(a => a.FullName).Order(StringComparer.Ordinal)]);
        var desa = await DesaLookup.LoadAsync(db, ct);
        var items = rows.Select(r =>
        {
            var place = desa.GetValueOrDefault(r.DesaCode);
            return new DeskRow(
                r.Id, r.Name, place?.Name ?? r.DesaCode, place?.KecamatanName ?? "", DeskHours.Describe(r.OpeningDays, r.OpensAt, r.ClosesAt),
                agents.GetValueOrDefault(r.Id, []), r.IsActive, r.SeedKey is not null);
        }).ToList();
        return new PagedResult<DeskRow>(items, total);
    }

    public async Task<DeskDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var desk = await db.Desks.AsNoTracking().Include(d => d.Agents).SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException("Loket");
        var agentIds = desk.Agents.Select(a => a.UserId).ToList();
        var agents = await db.Users.AsNoTracking()
            .Where(u => agentIds.Contains(u.Id))
            .OrderBy(u => u.FullName)
            .Select(u => new DeskAgentRow(u.Id, u.FullName, u.Email ?? "", u.IsActive))
            .ToListAsync(ct);
        var registered = await db.Workers.AsNoTracking().CountAsync(w => w.DeskId == id, ct);
        var place = (await DesaLookup.LoadAsync(db, ct)).GetValueOrDefault(desk.DesaCode);
        return new DeskDetail(
            desk.Id, desk.Name, desk.DesaCode, place?.Name ?? desk.DesaCode, place?.KecamatanName ?? "", desk.Address, desk.OpeningDays, desk.OpensAt,
            desk.ClosesAt, DeskHours.Describe(desk.OpeningDays, desk.OpensAt, desk.ClosesAt), desk.Phone, desk.IsActive, desk.SeedKey, agents, registered,
            caller.IsAny(Managers));
    }

    public async Task<DeskEditForm> GetEditFormAsync(int id, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Managers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var desk = await db.Desks.AsNoTracking().Include(d => d.Agents).SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException("Loket");
        return new DeskEditForm(
            new DeskDraft
            {
                Name = desk.Name, DesaCode = desk.DesaCode, Address = desk.Address, OpeningDays = desk.OpeningDays, OpensAt = desk.OpensAt,
                ClosesAt = desk.ClosesAt, OfficePhone = desk.Phone, IsActive = desk.IsActive, AgentUserIds = [.. desk.Agents.Select(a => a.UserId)],
            },
            desk.Version);
    }

    public async Task<int> CreateAsync(DeskDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        (await currentUser.GetAsync()).Require(Managers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var valid = await ValidateAsync(db, draft, exceptId: null, ct);
        var desk = Desk.Create(valid.Profile, clock.GetUtcNow().UtcDateTime);
        Apply(desk, valid);
        db.Desks.Add(desk);
        await SaveAsync(db, valid, exceptId: null, ct);
        return desk.Id;
    }

    public async Task UpdateAsync(int id, DeskDraft draft, Guid version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        (await currentUser.GetAsync()).Require(Managers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var desk = await db.Desks.Include(d => d.Agents).SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException("Loket");
        var valid = await ValidateAsync(db, draft, exceptId: id, ct);
        var entry = db.Entry(desk);
        entry.Property(d => d.Version).OriginalValue = version;
        desk.Update(valid.Profile);
        Apply(desk, valid);
        // A change of agents alone touches only child rows; still check and renew the desk's version.
        entry.Property(d => d.Version).IsModified = true;
        await SaveAsync(db, valid, exceptId: id, ct);
    }

    // The Loket accounts that may staff a desk, for the desk form.
    public async Task<IReadOnlyList<AgentOption>> AgentOptionsAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Managers);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await LoketUsers(db).OrderBy(u => u.FullName).Select(u => new AgentOption(u.Id, u.FullName, u.Email ?? "")).ToListAsync(ct);
    }

    // The desks a registration by this caller may be attributed to: an agent's own open desks; any open desk for the office.
    public async Task<IReadOnlyList<DeskOption>> RegistrationOptionsAsync(CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var desks = db.Desks.AsNoTracking().Where(d => d.IsActive);
        if (caller.Role == Roles.Loket)
        {
            desks = desks.Where(d => d.Agents.Any(a => a.UserId == caller.UserId));
        }

        var rows = await desks.OrderBy(d => d.Name).Select(d => new { d.Id, d.Name, d.DesaCode }).ToListAsync(ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        return [.. rows.Select(r => new DeskOption(r.Id, r.Name, desa.GetValueOrDefault(r.DesaCode)?.KecamatanName ?? ""))];
    }

    internal static IQueryable<ApplicationUser> LoketUsers(AppDbContext db) =>
        from u in db.Users.AsNoTracking()
        where u.IsActive
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == Roles.Loket
        select u;

    private static void Apply(Desk desk, ValidDesk valid)
    {
        desk.SetAgents(valid.AgentUserIds);
        if (valid.IsActive)
        {
            desk.Activate();
        }
        else
        {
            desk.Deactivate();
        }
    }

    private static async Task<ValidDesk> ValidateAsync(AppDbContext db, DeskDraft draft, int? exceptId, CancellationToken ct)
    {
        var loket = (await LoketUsers(db).Select(u => u.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        // An agent who has since left (account disabled) may stay on the desk he served; he can no longer be added.
        if (exceptId is { } id)
        {
            loket.UnionWith(await db.DeskAgents.AsNoTracking().Where(a => a.DeskId == id).Select(a => a.UserId).ToListAsync(ct));
        }

        var (errors, valid) = DeskDraftRules.Validate(draft, await DesaLookup.LoadAsync(db, ct), loket);
        if (valid is null)
        {
            throw new DeskValidationException(errors);
        }

        await ThrowIfNameTakenAsync(db, valid.Profile.Name, exceptId, ct);
        return valid;
    }

    private async Task SaveAsync(AppDbContext db, ValidDesk valid, int? exceptId, CancellationToken ct)
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
            // Another officer may have saved a desk of the same name between our check and our write.
            await using var fresh = await factory.CreateDbContextAsync(ct);
            await ThrowIfNameTakenAsync(fresh, valid.Profile.Name, exceptId, ct);
            throw;
        }
    }

    private static async Task ThrowIfNameTakenAsync(AppDbContext db, string name, int? exceptId, CancellationToken ct)
    {
        if (await db.Desks.AsNoTracking().AnyAsync(d => d.Name == name && d.Id != exceptId, ct))
        {
            throw new DeskValidationException([new FieldIssue(nameof(DeskDraft.Name),
                string.Create(CultureInfo.InvariantCulture, $"Sudah ada loket bernama {name}. Beri nama yang membedakannya, misalnya dengan nama desanya."))]);
        }
    }
}
