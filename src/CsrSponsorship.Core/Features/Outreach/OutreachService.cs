using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Outreach;

// Sosialisasi: Disnakerind plans them, records them as held (or cancelled), and sees what each brought about.
public sealed class OutreachService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    private static readonly string[] Office = [Roles.Admin, Roles.Disnakerind];

    public async Task<PagedResult<OutreachRow>> ListAsync(OutreachQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        (await currentUser.GetAsync()).Require(Office);
        await using var db = await factory.CreateDbContextAsync(ct);
        var activities = Filter(db, query);
        var page = query.Page ?? new PageRequest();
        var total = await activities.CountAsync(ct);
        var rows = await activities.OrderByDescending(a => a.StartsAtUtc).ThenByDescending(a => a.Id).Skip(page.Skip).Take(page.Take)
            .Select(a => new { a.Id, a.Title, a.Audience, a.StartsAtUtc, a.DesaCode, Companies = a.Companies.Count, a.Status, a.Attendees })
            .ToListAsync(ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        return new PagedResult<OutreachRow>(
            [.. rows.Select(r => new OutreachRow(
                r.Id, r.Title, r.Audience, r.StartsAtUtc, desa.GetValueOrDefault(r.DesaCode)?.Name ?? r.DesaCode,
                desa.GetValueOrDefault(r.DesaCode)?.KecamatanName ?? "", r.Companies, r.Status, r.Attendees))],
            total);
    }

    // The activities starting in one WITA month, for the calendar.
    public async Task<IReadOnlyList<OutreachCalendarItem>> CalendarAsync(int year, int month, string? kecamatanCode = null, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        if (month is < 1 or > 12 || year is < 2000 or > 2100)
        {
            throw new DomainException("Bulan kalender tidak dikenal.");
        }

        var first = new DateOnly(year, month, 1);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await Filter(db, new OutreachQuery(KecamatanCode: kecamatanCode, From: first, To: first.AddMonths(1).AddDays(-1)))
            .OrderBy(a => a.StartsAtUtc).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, a.StartsAtUtc, a.KecamatanCode, a.Status })
            .ToListAsync(ct);
        var kecamatan = await db.Kecamatan.AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.Name, ct);
        return [.. rows.Select(r => new OutreachCalendarItem(r.Id, r.Title, r.StartsAtUtc, kecamatan.GetValueOrDefault(r.KecamatanCode, ""), r.Status))];
    }

    public async Task<OutreachDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Office);
        await using var db = await factory.CreateDbContextAsync(ct);
        var a = await db.OutreachActivities.AsNoTracking().Include(x => x.Companies).SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Sosialisasi");
        var ids = a.Companies.Select(c => c.CompanyId).ToList();
        var names = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.LegalName, ct);
        var creator = await db.Users.AsNoTracking().Where(u => u.Id == a.CreatedByUserId).Select(u => u.FullName).SingleOrDefaultAsync(ct);
        var place = (await DesaLookup.LoadAsync(db, ct)).GetValueOrDefault(a.DesaCode);

        OutreachOutcome? outcome = null;
        IReadOnlyList<OutreachCompanyOutcome> companies =
            [.. ids.Select(c => new OutreachCompanyOutcome(c, names.GetValueOrDefault(c, "—"), false, false, 0, false))];
        if (a.Status == OutreachStatus.Terlaksana)
        {
            var (derived, facts) = (await OutreachOutcomes.DeriveAsync(db, [OutreachOutcomes.Of(a)], ct))[a.Id];
            outcome = derived;
            companies = [.. facts.Select(f => new OutreachCompanyOutcome(f.CompanyId, names.GetValueOrDefault(f.CompanyId, "—"), f.Answered, f.Pledged, f.WorkersAdopted, f.Paid))];
        }

        var attachments = await db.OutreachAttachments.AsNoTracking().Where(x => x.ActivityId == id).OrderBy(x => x.UploadedAtUtc).ThenBy(x => x.Id)
            .Select(x => new OutreachAttachmentRow(x.Id, x.FileName, x.ContentType, x.SizeBytes, x.UploadedAtUtc))
            .ToListAsync(ct);
        return new OutreachDetail(
            a.Id, a.Title, a.Audience, a.StartsAtUtc, a.DesaCode, place?.Name ?? a.DesaCode, place?.KecamatanName ?? "", a.GroupName, a.Team, a.Status,
            a.Attendees, a.Notes, a.CancelReason, creator ?? "—", [.. companies.OrderBy(c => c.CompanyName, StringComparer.Ordinal)], outcome,
            caller.IsAny(Office), a.Version, attachments);
    }

    public async Task<OutreachEditForm> GetEditFormAsync(int id, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        await using var db = await factory.CreateDbContextAsync(ct);
        var a = await db.OutreachActivities.AsNoTracking().Include(x => x.Companies).SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Sosialisasi");
        var local = Wita.FromUtc(a.StartsAtUtc);
        return new OutreachEditForm(
            new OutreachDraft
            {
                Title = a.Title, Audience = a.Audience, Date = DateOnly.FromDateTime(local), Time = TimeOnly.FromDateTime(local), DesaCode = a.DesaCode,
                GroupName = a.GroupName, Team = a.Team, Notes = a.Notes, CompanyIds = [.. a.Companies.Select(c => c.CompanyId)],
            },
            a.Version);
    }

    public async Task<int> CreateAsync(OutreachDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var caller = await currentUser.GetAsync();
        caller.Require(Office);
        await using var db = await factory.CreateDbContextAsync(ct);
        var valid = await ValidateAsync(db, draft, ct);
        var activity = OutreachActivity.Plan(valid.Profile, valid.CompanyIds, caller.UserId, clock.GetUtcNow().UtcDateTime);
        db.OutreachActivities.Add(activity);
        await db.SaveChangesAsync(ct);
        return activity.Id;
    }

    public async Task UpdateAsync(int id, OutreachDraft draft, Guid version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        (await currentUser.GetAsync()).Require(Office);
        await using var db = await factory.CreateDbContextAsync(ct);
        var activity = await LoadAsync(db, id, version, ct);
        var valid = await ValidateAsync(db, draft, ct);
        activity.Update(valid.Profile, valid.CompanyIds);
        // A change of the companies present alone touches only child rows; still check and renew the version.
        db.Entry(activity).Property(a => a.Version).IsModified = true;
        await db.SaveOrConflictAsync(ct);
    }

    public async Task MarkHeldAsync(int id, int attendees, Guid version, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        await using var db = await factory.CreateDbContextAsync(ct);
        var activity = await LoadAsync(db, id, version, ct);
        activity.MarkHeld(attendees, clock.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync(ct);
    }

    public async Task CancelAsync(int id, string reason, Guid version, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        await using var db = await factory.CreateDbContextAsync(ct);
        var activity = await LoadAsync(db, id, version, ct);
        activity.Cancel(reason is null ? "" : OneLineText.Clean(reason));
        await db.SaveOrConflictAsync(ct);
    }

    // The agenda or the attendance-sheet photo; a cancelled activity takes none.
    public async Task<int> AddAttachmentAsync(int id, string fileName, byte[] content, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Office);
        await using var db = await factory.CreateDbContextAsync(ct);
        var status = await db.OutreachActivities.AsNoTracking().Where(a => a.Id == id).Select(a => (OutreachStatus?)a.Status).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Sosialisasi");
        if (status == OutreachStatus.Dibatalkan)
        {
            throw new DomainException("Sosialisasi yang dibatalkan tidak diberi lampiran.");
        }

        if (await db.OutreachAttachments.CountAsync(x => x.ActivityId == id, ct) >= OutreachAttachment.MaxPerActivity)
        {
            throw new DomainException($"Paling banyak {OutreachAttachment.MaxPerActivity} lampiran per sosialisasi. Hapus lampiran yang tidak perlu lebih dulu.");
        }

        var attachment = OutreachAttachment.From(id, fileName, content, caller.UserId, clock.GetUtcNow().UtcDateTime);
        db.OutreachAttachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return attachment.Id;
    }

    public async Task<OutreachAttachmentFile> GetAttachmentAsync(int id, int attachmentId, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.OutreachAttachments.AsNoTracking().Where(x => x.Id == attachmentId && x.ActivityId == id)
                .Select(x => new OutreachAttachmentFile(x.FileName, x.ContentType, x.Content)).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Lampiran");
    }

    public async Task RemoveAttachmentAsync(int id, int attachmentId, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Office);
        await using var db = await factory.CreateDbContextAsync(ct);
        var attachment = await db.OutreachAttachments.SingleOrDefaultAsync(x => x.Id == attachmentId && x.ActivityId == id, ct)
            ?? throw new NotFoundException("Lampiran");
        db.OutreachAttachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
    }

    internal static IQueryable<OutreachActivity> Filter(AppDbContext db, OutreachQuery query)
    {
        var activities = db.OutreachActivities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Contains(query.Search);
            activities = activities.Where(a => TextSearch.Like(a.Title, pattern) || (a.GroupName != null && TextSearch.Like(a.GroupName, pattern)));
        }

        if (!string.IsNullOrEmpty(query.KecamatanCode))
        {
            activities = activities.Where(a => a.KecamatanCode == query.KecamatanCode);
        }

        if (query.Status is { } status)
        {
            activities = activities.Where(a => a.Status == status);
        }

        if (query.From is { } from)
        {
            var start = Wita.ToUtc(from);
            activities = activities.Where(a => a.StartsAtUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = Wita.ToUtc(to.AddDays(1));
            activities = activities.Where(a => a.StartsAtUtc < end);
        }

        return activities;
    }

    private static async Task<OutreachActivity> LoadAsync(AppDbContext db, int id, Guid version, CancellationToken ct)
    {
        var activity = await db.OutreachActivities.Include(a => a.Companies).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException("Sosialisasi");
        db.Entry(activity).Property(a => a.Version).OriginalValue = version;
        return activity;
    }

    private static async Task<ValidOutreach> ValidateAsync(AppDbContext db, OutreachDraft draft, CancellationToken ct)
    {
        var wanted = draft.CompanyIds.Distinct().ToList();
        var active = (await db.Companies.AsNoTracking().Where(c => wanted.Contains(c.Id) && c.IsActive).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var (errors, valid) = OutreachDraftRules.Validate(draft, await DesaLookup.LoadAsync(db, ct), active);
        return valid ?? throw new OutreachValidationException(errors);
    }
}
