using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Outreach;

// Interest from the public page at the desk: the desk serving the lead's kecamatan calls or visits, registers the
// person (the worker form, prefilled, with the NIK check) or closes the lead with a reason. Disnakerind sees every lead.
// The phone number is shown in full to those two only (an Admin sees it masked).
public sealed class LeadService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    private static readonly string[] Readers = [Roles.Admin, Roles.Disnakerind, Roles.Loket];

    public async Task<PagedResult<LeadRow>> ListAsync(LeadQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var caller = await currentUser.GetAsync();
        caller.Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var leads = await VisibleAsync(db, caller, ct);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Contains(query.Search);
            leads = leads.Where(l => TextSearch.Like(l.FullName, pattern));
        }

        if (!string.IsNullOrEmpty(query.KecamatanCode))
        {
            leads = leads.Where(l => l.KecamatanCode == query.KecamatanCode);
        }

        // Open leads unless asked otherwise: a registered or closed lead leaves the desk's working list.
        leads = query.Status is { } status
            ? leads.Where(l => l.Status == status)
            : leads.Where(l => l.Status == LeadStatus.Baru || l.Status == LeadStatus.Dihubungi);
        var page = query.Page ?? new PageRequest();
        var total = await leads.CountAsync(ct);
        var rows = await leads.OrderByDescending(l => l.CreatedAtUtc).ThenByDescending(l => l.Id).Skip(page.Skip).Take(page.Take)
            .Select(l => new LeadFacts(l.Id, l.FullName, l.DesaCode, l.OccupationCode, l.Phone, l.Status, l.CreatedAtUtc, l.Contacts.Count))
            .ToListAsync(ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        return new PagedResult<LeadRow>([.. rows.Select(r => ToRow(r, caller, desa))], total);
    }

    public async Task<LeadDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Readers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var lead = await (await VisibleAsync(db, caller, ct)).Include(l => l.Contacts).SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new NotFoundException("Peminat");
        var userIds = lead.Contacts.Select(c => c.UserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        var row = ToRow(new LeadFacts(lead.Id, lead.FullName, lead.DesaCode, lead.OccupationCode, lead.Phone, lead.Status, lead.CreatedAtUtc, lead.Contacts.Count), caller, desa);
        return new LeadDetail(
            row, lead.Note, lead.ClosedReason, lead.ConvertedWorkerId,
            [.. lead.Contacts.OrderByDescending(c => c.AtUtc).Select(c => new LeadContactRow(c.AtUtc, c.Kind, c.Note, names.GetValueOrDefault(c.UserId, "—")))],
            lead.IsOpen && caller.IsAny(Roles.Disnakerind, Roles.Loket), lead.CreatedAtUtc.AddDays(Lead.RetentionDays));
    }

    public async Task RecordContactAsync(int id, LeadContactKind kind, string? note, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind, Roles.Loket);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Pilih cara menghubungi: telepon atau kunjungan.");
        }

        var text = OneLineText.Clean(note);
        if (text.Length > 300)
        {
            throw new DomainException("Catatan paling banyak 300 huruf.");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var lead = await TrackedAsync(db, caller, id, ct);
        lead.RecordContact(kind, text.Length == 0 ? null : text, caller.UserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    public async Task CloseAsync(int id, string reason, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind, Roles.Loket);
        await using var db = await factory.CreateDbContextAsync(ct);
        var lead = await TrackedAsync(db, caller, id, ct);
        lead.Close(OneLineText.Clean(reason), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    // The worker form filled from the lead; the NIK, birth data and address are asked at the desk.
    public async Task<WorkerDraft> RegistrationDraftAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind, Roles.Loket);
        await using var db = await factory.CreateDbContextAsync(ct);
        var lead = await TrackedAsync(db, caller, id, ct);
        if (!lead.IsOpen)
        {
            throw new DomainException("Peminat ini sudah didaftarkan atau ditutup. Buka daftar peminat untuk melihat statusnya.");
        }

        return new WorkerDraft
        {
            FullName = lead.FullName, DesaCode = lead.DesaCode, Phone = lead.Phone, OccupationCode = lead.OccupationCode, Provenance = Provenance.Loket,
            ConsentCollectedOn = Wita.Today(clock), Notes = "Dari formulir minat di halaman program.", LeadId = lead.Id,
        };
    }

    // Leads a caller may see: every lead for the office; for a desk agent, those of the kecamatan his open desks serve.
    internal static async Task<IQueryable<Lead>> VisibleAsync(AppDbContext db, Caller caller, CancellationToken ct)
    {
        var leads = db.Leads.AsNoTracking();
        if (caller.Role != Roles.Loket)
        {
            return leads;
        }

        var kecamatan = await db.Desks.AsNoTracking()
            .Where(d => d.IsActive && d.Agents.Any(a => a.UserId == caller.UserId))
            .Select(d => d.KecamatanCode).Distinct().ToListAsync(ct);
        return leads.Where(l => kecamatan.Contains(l.KecamatanCode));
    }

    internal static async Task<Lead> TrackedAsync(AppDbContext db, Caller caller, int id, CancellationToken ct)
    {
        var visible = await VisibleAsync(db, caller, ct);
        if (!await visible.AnyAsync(l => l.Id == id, ct))
        {
            throw new NotFoundException("Peminat");
        }

        return await db.Leads.Include(l => l.Contacts).SingleAsync(l => l.Id == id, ct);
    }

    private static LeadRow ToRow(LeadFacts l, Caller caller, IReadOnlyDictionary<string, DesaInfo> desa)
    {
        // Whoever sees a lead at all is the office or an agent of its kecamatan; only Admin sees it masked.
        var masked = !caller.IsAny(Roles.Disnakerind, Roles.Loket);
        var place = desa.GetValueOrDefault(l.DesaCode);
        return new LeadRow(
            l.Id, l.FullName, place?.Name ?? l.DesaCode, place?.KecamatanName ?? "", Occupations.Find(l.OccupationCode)?.Name ?? l.OccupationCode,
            masked ? PhoneNumber.Mask(l.Phone) : l.Phone, masked, l.Status, l.CreatedAtUtc, l.Contacts);
    }

    private sealed record LeadFacts(int Id, string FullName, string DesaCode, string OccupationCode, string Phone, LeadStatus Status, DateTime CreatedAtUtc, int Contacts);
}
