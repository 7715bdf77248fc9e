using System.Globalization;
using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Outreach;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Workers;

public sealed class WorkerService(
    IDbContextFactory<AppDbContext> factory,
    ICurrentUser currentUser,
    IOptions<WorkerRulesOptions> rules,
    TimeProvider clock,
    AuditService audit)
{
    // History lines of the duplicate review; for a masked worker they are shown without their details.
    internal const string FlaggedPrefix = "Ditandai untuk ditinjau: ";
    internal const string ClearedPrefix = "Tanda kemungkinan ganda diselesaikan: ";

    private static readonly string[] Registrars = [Roles.Admin, Roles.Disnakerind, Roles.Loket];

    public async Task<PagedResult<WorkerRow>> SearchAsync(WorkerQuery query, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Loket, Roles.Keuangan);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Wita.Today(clock);
        var page = query.Page ?? new PageRequest();
        var workers = WorkerSearch.Filter(db, query, caller, today);
        List<WorkerSearch.RowFacts> rows;
        int total;
        bool isLowerBound;
        if (page.Skip == 0 && query.AfterId is null && query.BeforeId is null)
        {
            // The first page needs no total to be found; a first page that is not full is the whole selection, so a rare
            // name or no match costs one search instead of two (the count read the name index again: a rare full name at
            // 1M on SQLite took 30 ms more).
            rows = await WorkerSearch.PageAsync(db, workers, query, caller, page, null, ct);
            (total, isLowerBound) = rows.Count < page.Take ? (rows.Count, false) : await WorkerSearch.CountAsync(db, workers, query, ct);
        }
        else
        {
            (total, isLowerBound) = await WorkerSearch.CountAsync(db, workers, query, ct);
            rows = await WorkerSearch.PageAsync(db, workers, query, caller, page, isLowerBound ? null : total, ct);
        }

        var desa = await DesaLookup.LoadAsync(db, ct);
        return new PagedResult<WorkerRow>([.. rows.Select(w => WorkerSearch.ToRow(w, caller, desa, today))], total, isLowerBound);
    }

    // Every matching worker for the Excel export, in list order and masked as on the screen; streamed, never all in memory.
    public async IAsyncEnumerable<WorkerRow> StreamAsync(WorkerQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Loket, Roles.Keuangan);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Wita.Today(clock);
        var desa = await DesaLookup.LoadAsync(db, ct);
        var rows = WorkerSearch.Project(WorkerSearch.Order(WorkerSearch.Filter(db, query, caller, today).All, query, caller)).AsAsyncEnumerable();
        await foreach (var w in rows.WithCancellation(ct))
        {
            yield return WorkerSearch.ToRow(w, caller, desa, today);
        }
    }

    public async Task<WorkerDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Loket, Roles.Keuangan);
        await using var db = await factory.CreateDbContextAsync(ct);
        var w = await db.Workers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Pekerja");
        var desa = (await DesaLookup.LoadAsync(db, ct))[w.DesaCode];

        var history = await (
            from e in db.WorkerEvents.AsNoTracking()
            where e.WorkerId == id
            join u in db.Users on e.UserId equals u.Id into users
            from u in users.DefaultIfEmpty()
            orderby e.AtUtc descending, e.Id descending
            select new WorkerHistoryItem(e.AtUtc, u == null ? "—" : u.FullName, e.Description)).ToListAsync(ct);
        var names = await db.Users.AsNoTracking()
            .Where(u => u.Id == w.RegisteredByUserId || u.Id == w.VerifiedByUserId)
            .ToDictionaryAsync(u => u.Id, u => u.FullName, ct);

        var full = PersonalDataPolicy.CanSeeFull(caller, w.RegisteredByUserId);
        if (full)
        {
            await audit.RecordAsync(AuditService.NikRevealed, nameof(Worker), id.ToString(CultureInfo.InvariantCulture), null, ct);
        }

        var today = Wita.Today(clock);
        var by = w.RegisteredByUserId;
        var deskName = w.DeskId is { } deskId ? await db.Desks.AsNoTracking().Where(d => d.Id == deskId).Select(d => d.Name).SingleOrDefaultAsync(ct) : null;
        return new WorkerDetail(
            w.Id, PersonalDataPolicy.Nik(caller, w.Nik, by), !full, w.FullName, PersonalDataPolicy.BirthPlace(caller, w.BirthPlace, by),
            PersonalDataPolicy.BirthDate(caller, w.BirthDate, by), w.BirthDate.Year, PersonalDataPolicy.AgeOn(caller, w.BirthDate, by, today), w.Sex,
            w.DesaCode, desa.Name, desa.KecamatanName, desa.InProgrammeArea, w.Rt, w.Rw, w.Address,
            PersonalDataPolicy.Phone(caller, w.Phone, by), OccupationName(w.OccupationCode, null), w.OccupationOther,
            w.DeclaredIncome, w.Kpj, w.Provenance, names.GetValueOrDefault(w.RegisteredByUserId, "—"), w.RegisteredAtUtc,
            w.ConsentCollectedBy, w.ConsentCollectedOn, w.Status,
            w.VerifiedByUserId is null ? null : names.GetValueOrDefault(w.VerifiedByUserId, "—"), w.VerifiedAtUtc,
            PersonalDataPolicy.ReviewReason(caller, w.ReviewReason, by), w.Notes,
            CanEdit(caller, w), caller.Role == Roles.Disnakerind && w.Status == WorkerStatus.Terdaftar,
            full ? history : [.. history.Select(h => h with { Description = MaskedHistory(h.Description) })], deskName);
    }

    public async Task<WorkerEditForm> GetEditFormAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Registrars);
        await using var db = await factory.CreateDbContextAsync(ct);
        var w = await db.Workers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Pekerja");
        if (!CanEdit(caller, w))
        {
            throw new NotFoundException("Pekerja");
        }

        return new WorkerEditForm(
            new WorkerDraft
            {
                Nik = w.Nik, FullName = w.FullName, BirthPlace = w.BirthPlace, BirthDate = w.BirthDate, Sex = w.Sex, DesaCode = w.DesaCode,
                Rt = w.Rt, Rw = w.Rw, Address = w.Address, Phone = w.Phone, OccupationCode = w.OccupationCode, OccupationOther = w.OccupationOther,
                DeclaredIncome = w.DeclaredIncome, Kpj = w.Kpj, Provenance = w.Provenance, ConsentCollectedBy = w.ConsentCollectedBy,
                ConsentCollectedOn = w.ConsentCollectedOn, Notes = w.Notes,
            },
            w.Version);
    }

    // Pure check for the form: the same rules the save applies, without saving.
    public async Task<WorkerValidation> ValidateAsync(WorkerDraft draft, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Registrars);
        await using var db = await factory.CreateDbContextAsync(ct);
        return WorkerValidator.Validate(draft, await DesaLookup.LoadAsync(db, ct), rules.Value, Wita.Today(clock));
    }

    public async Task<WorkerSaved> CreateAsync(WorkerDraft draft, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Registrars);
        await using var db = await factory.CreateDbContextAsync(ct);
        var validation = WorkerValidator.Validate(draft, await DesaLookup.LoadAsync(db, ct), rules.Value, Wita.Today(clock));
        if (!validation.IsValid)
        {
            throw new WorkerValidationException(validation.Errors);
        }

        var data = validation.Value!;
        var deskId = await DeskAttribution.ResolveAsync(db, caller, draft.DeskId, ct);
        await ThrowIfNikTakenAsync(db, caller, data.Nik, ct);
        await ThrowIfKpjTakenAsync(db, data.Kpj, exceptId: null, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var worker = Worker.Register(data, caller.UserId, now, deskId: deskId);
        await DuplicateScreen.FlagAsync(db, [worker], ct);
        // A registration that answers a public-page interest closes it in the same transaction.
        var lead = draft.LeadId is { } leadId ? await LeadService.TrackedAsync(db, caller, leadId, ct) : null;
        if (lead is { IsOpen: false })
        {
            throw new DomainException("Peminat ini sudah didaftarkan atau ditutup. Buka daftar peminat untuk melihat statusnya.");
        }

        await using var transaction = lead is null ? null : await db.Database.BeginTransactionAsync(ct);
        db.Workers.Add(worker);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another officer may have registered the same NIK between our check and our insert.
            await using var fresh = await factory.CreateDbContextAsync(ct);
            await ThrowIfNikTakenAsync(fresh, caller, data.Nik, ct);
            await ThrowIfKpjTakenAsync(fresh, data.Kpj, exceptId: null, ct);
            throw;
        }

        db.WorkerEvents.Add(WorkerEvent.For(worker, caller.UserId, now, $"Didaftarkan ({WorkerLabels.Provenance(data.Provenance)})."));
        if (worker.ReviewReason is not null)
        {
            db.WorkerEvents.Add(WorkerEvent.For(worker, caller.UserId, now, FlaggedPrefix + worker.ReviewReason));
        }

        lead?.MarkRegistered(worker.Id, now);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return new WorkerSaved(worker.Id, validation.Warnings, worker.ReviewReason);
    }

    public async Task<WorkerSaved> UpdateAsync(int id, WorkerDraft draft, Guid version, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Registrars);
        await using var db = await factory.CreateDbContextAsync(ct);
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException("Pekerja");
        if (!CanEdit(caller, worker))
        {
            throw new NotFoundException("Pekerja");
        }

        var validation = WorkerValidator.Validate(draft, await DesaLookup.LoadAsync(db, ct), rules.Value, Wita.Today(clock));
        if (!validation.IsValid)
        {
            throw new WorkerValidationException(validation.Errors);
        }

        await ThrowIfKpjTakenAsync(db, validation.Value!.Kpj, exceptId: id, ct);
        db.Entry(worker).Property(w => w.Version).OriginalValue = version;
        worker.Update(validation.Value!);
        db.WorkerEvents.Add(WorkerEvent.For(worker, caller.UserId, clock.GetUtcNow().UtcDateTime, "Data diperbarui."));
        try
        {
            await db.SaveOrConflictAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another officer may have given this KPJ to someone else between our check and our save.
            await using var fresh = await factory.CreateDbContextAsync(ct);
            await ThrowIfKpjTakenAsync(fresh, validation.Value.Kpj, exceptId: id, ct);
            throw;
        }

        return new WorkerSaved(worker.Id, validation.Warnings, worker.ReviewReason);
    }

    public async Task VerifyAsync(int id, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind);
        await using var db = await factory.CreateDbContextAsync(ct);
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException("Pekerja");
        var now = clock.GetUtcNow().UtcDateTime;
        worker.Verify(caller.UserId, now);
        db.WorkerEvents.Add(WorkerEvent.For(worker, caller.UserId, now, "Diverifikasi oleh Disnakerind."));
        await db.SaveOrConflictAsync(ct);
    }

    public async Task ClearReviewAsync(int id, string note, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Disnakerind);
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Tuliskan alasan mengapa data ini bukan duplikat.");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException("Pekerja");
        if (worker.ReviewReason is null)
        {
            return;
        }

        worker.ClearReview();
        db.WorkerEvents.Add(WorkerEvent.For(worker, caller.UserId, clock.GetUtcNow().UtcDateTime, ClearedPrefix + note.Trim()));
        await db.SaveOrConflictAsync(ct);
    }

    private static bool CanEdit(Caller caller, Worker worker) =>
        caller.IsAny(Roles.Admin, Roles.Disnakerind)
        || (caller.Role == Roles.Loket && worker.RegisteredByUserId == caller.UserId && worker.Status == WorkerStatus.Terdaftar);

    // One worker per NIK, so registering a NIK that exists must be refused, and the refusal itself says "this NIK
    // exists". It names the worker only to someone who may see that worker's NIK anyway; anyone else learns existence
    // and nothing more, and each such refusal is on the audit log, so trying out birth dates one by one shows there.
    private async Task ThrowIfNikTakenAsync(AppDbContext db, Caller caller, string nik, CancellationToken ct)
    {
        var existing = await db.Workers.AsNoTracking()
            .Where(w => w.Nik == nik)
            .Select(w => new { w.Id, w.FullName, w.RegisteredByUserId })
            .SingleOrDefaultAsync(ct);
        if (existing is null)
        {
            return;
        }

        var visible = PersonalDataPolicy.CanSeeFull(caller, existing.RegisteredByUserId);
        if (!visible)
        {
            await audit.RecordAsync(AuditService.DuplicateNikRefused, nameof(Worker), existing.Id.ToString(CultureInfo.InvariantCulture), null, ct);
        }

        throw new DuplicateNikException(
            visible
                ? $"NIK ini sudah terdaftar atas nama {existing.FullName}. Satu NIK hanya untuk satu pekerja; buka data yang sudah ada bila perlu diperbarui."
                : "NIK ini sudah terdaftar. Satu NIK hanya untuk satu pekerja; hubungi Disnakerind bila data perlu diperbarui.",
            visible ? existing.Id : null);
    }

    private static string MaskedHistory(string description) =>
        description.StartsWith(FlaggedPrefix, StringComparison.Ordinal) ? "Ditandai untuk ditinjau (kemungkinan data ganda)."
        : description.StartsWith(ClearedPrefix, StringComparison.Ordinal) ? "Tanda kemungkinan data ganda diselesaikan Disnakerind."
        : description;

    // The unique index on KPJ is the backstop; this gives the form its message on the KPJ field.
    private static async Task ThrowIfKpjTakenAsync(AppDbContext db, string? kpj, int? exceptId, CancellationToken ct)
    {
        if (kpj is not null && await db.Workers.AsNoTracking().AnyAsync(w => w.Kpj == kpj && (exceptId == null || w.Id != exceptId), ct))
        {
            throw new WorkerValidationException([new FieldIssue(nameof(WorkerDraft.Kpj),
                $"Nomor KPJ {kpj} sudah tercatat untuk pekerja lain. Satu nomor KPJ hanya untuk satu pekerja; periksa kembali kartu BPJS Ketenagakerjaan.")]);
        }
    }

    internal static string OccupationName(string code, string? other)
    {
        var name = Occupations.Find(code)?.Name ?? code;
        return other is null ? name : $"{name}: {other}";
    }
}
