using System.Globalization;
using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Workers;

public enum WorkerSort
{
    Name,
    RegisteredAt,
    BirthDate,
    Desa,
}

public sealed record WorkerQuery(
    string? Search = null,
    string? KecamatanCode = null,
    string? DesaCode = null,
    string? OccupationCode = null,
    WorkerStatus? Status = null,
    Sex? Sex = null,
    int? MinAge = null,
    int? MaxAge = null,
    bool? NeedsReview = null,
    WorkerSort SortBy = WorkerSort.Name,
    bool Descending = false,
    PageRequest? Page = null,
    int? AfterId = null,
    int? BeforeId = null);

// AfterId / BeforeId: the list's cursor (decision 0204). With the name order, the page is the Page.Take rows that follow
// (precede) that worker in the order, found through the name index from the worker's key, not by skipping Page.Skip rows.

// BirthDate and Age are null for a row whose NIK is masked: with them the masked digits could be worked out
// (PersonalDataPolicy); BirthYear is always there.
public sealed record WorkerRow(
    int Id, string Nik, string FullName, Sex Sex, DateOnly? BirthDate, int BirthYear, int? Age, string DesaName, string KecamatanName,
    string OccupationName, WorkerStatus Status, string? ReviewReason, DateTime RegisteredAtUtc);

public sealed record WorkerHistoryItem(DateTime AtUtc, string UserName, string Description);

public sealed record WorkerDetail(
    int Id, string Nik, bool NikIsMasked, string FullName, string? BirthPlace, DateOnly? BirthDate, int BirthYear, int? Age, Sex Sex,
    string DesaCode, string DesaName, string KecamatanName, bool InProgrammeArea, string Rt, string Rw, string Address, string? Phone,
    string OccupationName, string? OccupationOther, long DeclaredIncome, string? Kpj, Provenance Provenance,
    string RegisteredByName, DateTime RegisteredAtUtc, string ConsentCollectedBy, DateOnly ConsentCollectedOn,
    WorkerStatus Status, string? VerifiedByName, DateTime? VerifiedAtUtc, string? ReviewReason, string? Notes,
    bool CanEdit, bool CanVerify, IReadOnlyList<WorkerHistoryItem> History);

public sealed record WorkerEditForm(WorkerDraft Draft, Guid Version);

public sealed record WorkerSaved(int Id, IReadOnlyList<FieldIssue> Warnings, string? ReviewReason);

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

    // Past this many matching workers a filtered list stops counting (decision 0212).
    public const int ExactCountLimit = 10_000;

    private static readonly string[] Registrars = [Roles.Admin, Roles.Disnakerind, Roles.Loket];

    public async Task<PagedResult<WorkerRow>> SearchAsync(WorkerQuery query, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Roles.Admin, Roles.Disnakerind, Roles.Loket, Roles.Keuangan);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Wita.Today(clock);
        var page = query.Page ?? new PageRequest();
        var workers = Filter(db, query, caller, today);
        var (total, isLowerBound) = await CountAsync(db, workers, query, ct);
        var rows = await PageAsync(db, workers, query, caller, page, isLowerBound ? null : total, ct);

        var desa = await DesaLookup.LoadAsync(db, ct);
        return new PagedResult<WorkerRow>([.. rows.Select(w => ToRow(w, caller, desa, today))], total, isLowerBound);
    }

    // The page without reading the rows before it where the order allows (decision 0204): with the name order, after or
    // before the cursor's key along the name index, and a page nearer the end of an exact total from the end; OFFSET stays
    // for the other orders (no index serves them; their sort reads every match anyway) and a jump into the middle.
    private static async Task<List<RowFacts>> PageAsync(
        AppDbContext db, IQueryable<Worker> workers, WorkerQuery query, Caller caller, PageRequest page, int? exactTotal, CancellationToken ct)
    {
        if (query.SortBy != WorkerSort.Name)
        {
            return await Project(Order(workers, query, caller).Skip(page.Skip).Take(page.Take)).ToListAsync(ct);
        }

        if ((query.AfterId ?? query.BeforeId) is { } id
            && await db.Workers.Where(w => w.Id == id).Select(w => w.NormalizedName).FirstOrDefaultAsync(ct) is { } name)
        {
            var forward = query.AfterId is not null;
            var rows = await Project(WorkerNameOrder.From(workers, name, id, forward, query.Descending).Take(page.Take)).ToListAsync(ct);
            if (forward)
            {
                return rows;
            }

            rows.Reverse();
            if (rows.Count == page.Take)
            {
                return rows;
            }

            // Fewer rows before the cursor than a page (some were removed since): the first page.
            page = page with { Page = 0 };
        }

        if (exactTotal is { } total && total - page.Skip - page.Take < page.Skip)
        {
            var end = Math.Min(page.Skip + page.Take, total);
            List<RowFacts> rows = end <= page.Skip
                ? []
                : await Project(WorkerNameOrder.Of(workers, query.Descending, backwards: true).Skip(total - end).Take(end - page.Skip)).ToListAsync(ct);
            rows.Reverse();
            return rows;
        }

        return await Project(Order(workers, query, caller).Skip(page.Skip).Take(page.Take)).ToListAsync(ct);
    }

    // Totals without counting a million rows (decision 0212): a filter on kecamatan, desa and status only (or none) is
    // summed from WorkerCounts, which the database's triggers keep; any other filter is counted up to ExactCountLimit + 1
    // rows, and past the limit the list says "more than 10.000".
    private static async Task<(int Total, bool IsLowerBound)> CountAsync(AppDbContext db, IQueryable<Worker> workers, WorkerQuery query, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(query.Search) && string.IsNullOrWhiteSpace(query.OccupationCode) && query.Sex is null
            && query.MinAge is null && query.MaxAge is null && query.NeedsReview is null)
        {
            var counts = db.WorkerCounts.AsQueryable();
            if (!string.IsNullOrWhiteSpace(query.KecamatanCode))
            {
                counts = counts.Where(c => c.KecamatanCode == query.KecamatanCode);
            }

            if (!string.IsNullOrWhiteSpace(query.DesaCode))
            {
                counts = counts.Where(c => c.DesaCode == query.DesaCode);
            }

            if (query.Status is { } status)
            {
                counts = counts.Where(c => c.Status == status);
            }

            return (await counts.SumAsync(c => c.Count, ct), false);
        }

        // A name search alone is counted in the name index, without reading the workers it finds.
        var term = query.Search?.Trim() ?? "";
        var nameOnly = term.Length > 0 && !WorkerFilters.IsNikSearch(term) && string.IsNullOrWhiteSpace(query.KecamatanCode)
            && string.IsNullOrWhiteSpace(query.DesaCode) && query.Status is null && string.IsNullOrWhiteSpace(query.OccupationCode)
            && query.Sex is null && query.MinAge is null && query.MaxAge is null && query.NeedsReview is null;
        var counted = nameOnly
            ? await db.IdsWithNameMatching(NameKey.Normalize(term)).Take(ExactCountLimit + 1).CountAsync(ct)
            : await workers.Take(ExactCountLimit + 1).CountAsync(ct);
        return counted > ExactCountLimit ? (ExactCountLimit, true) : (counted, false);
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
        var rows = Project(Order(Filter(db, query, caller, today), query, caller)).AsAsyncEnumerable();
        await foreach (var w in rows.WithCancellation(ct))
        {
            yield return ToRow(w, caller, desa, today);
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
            full ? history : [.. history.Select(h => h with { Description = MaskedHistory(h.Description) })]);
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
        await ThrowIfNikTakenAsync(db, caller, data.Nik, ct);
        await ThrowIfKpjTakenAsync(db, data.Kpj, exceptId: null, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var worker = Worker.Register(data, caller.UserId, now);
        await DuplicateScreen.FlagAsync(db, [worker], ct);
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

        await db.SaveChangesAsync(ct);
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

    private static IQueryable<Worker> Filter(AppDbContext db, WorkerQuery query, Caller caller, DateOnly today)
    {
        var workers = db.Workers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            workers = WorkerFilters.IsNikSearch(term) ? workers.NikMatches(term, caller) : workers.NameContains(db, term);
        }

        if (!string.IsNullOrWhiteSpace(query.KecamatanCode))
        {
            workers = workers.Where(w => w.KecamatanCode == query.KecamatanCode);
        }

        if (query.Status is { } status)
        {
            workers = workers.Where(w => w.Status == status);
        }

        var byYear = !PersonalDataPolicy.SeesEveryoneInFull(caller);
        workers = workers.Matching(query.DesaCode, query.OccupationCode, query.Sex, query.MinAge, query.MaxAge, today, byYear);

        if (query.NeedsReview is { } needsReview)
        {
            workers = needsReview ? workers.Where(w => w.ReviewReason != null) : workers.Where(w => w.ReviewReason == null);
        }

        return workers;
    }

    private static IOrderedQueryable<Worker> Order(IQueryable<Worker> workers, WorkerQuery query, Caller caller)
    {
        var byYear = !PersonalDataPolicy.SeesEveryoneInFull(caller);
        return (query.SortBy, query.Descending) switch
        {
            // A row's rank among exact birth dates would place a masked worker's birthday between two known ones.
            (WorkerSort.BirthDate, false) when byYear => workers.OrderBy(w => w.BirthDate.Year).ThenBy(w => w.NormalizedName).ThenBy(w => w.Id),
            (WorkerSort.BirthDate, true) when byYear => workers.OrderByDescending(w => w.BirthDate.Year).ThenBy(w => w.NormalizedName).ThenBy(w => w.Id),
            (WorkerSort.RegisteredAt, false) => workers.OrderBy(w => w.RegisteredAtUtc).ThenBy(w => w.Id),
            (WorkerSort.RegisteredAt, true) => workers.OrderByDescending(w => w.RegisteredAtUtc).ThenByDescending(w => w.Id),
            (WorkerSort.BirthDate, false) => workers.OrderBy(w => w.BirthDate).ThenBy(w => w.Id),
            (WorkerSort.BirthDate, true) => workers.OrderByDescending(w => w.BirthDate).ThenBy(w => w.Id),
            (WorkerSort.Desa, false) => workers.OrderBy(w => w.DesaCode).ThenBy(w => w.NormalizedName),
            (WorkerSort.Desa, true) => workers.OrderByDescending(w => w.DesaCode).ThenBy(w => w.NormalizedName),
            (_, true) => workers.OrderByDescending(w => w.NormalizedName).ThenBy(w => w.Id),
            _ => workers.OrderBy(w => w.NormalizedName).ThenBy(w => w.Id),
        };
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

    private static IQueryable<RowFacts> Project(IQueryable<Worker> workers) =>
        workers.Select(w => new RowFacts(
            w.Id, w.Nik, w.FullName, w.Sex, w.BirthDate, w.DesaCode, w.OccupationCode, w.OccupationOther, w.Status, w.ReviewReason,
            w.RegisteredAtUtc, w.RegisteredByUserId));

    private static WorkerRow ToRow(RowFacts w, Caller caller, IReadOnlyDictionary<string, DesaInfo> desa, DateOnly today)
    {
        var by = w.RegisteredByUserId;
        return new WorkerRow(
            w.Id, PersonalDataPolicy.Nik(caller, w.Nik, by), w.FullName, w.Sex, PersonalDataPolicy.BirthDate(caller, w.BirthDate, by), w.BirthDate.Year,
            PersonalDataPolicy.AgeOn(caller, w.BirthDate, by, today), desa[w.DesaCode].Name, desa[w.DesaCode].KecamatanName,
            OccupationName(w.OccupationCode, w.OccupationOther), w.Status, PersonalDataPolicy.ReviewReason(caller, w.ReviewReason, by), w.RegisteredAtUtc);
    }

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

    private sealed record RowFacts(
        int Id, string Nik, string FullName, Sex Sex, DateOnly BirthDate, string DesaCode, string OccupationCode, string? OccupationOther,
        WorkerStatus Status, string? ReviewReason, DateTime RegisteredAtUtc, string RegisteredByUserId);
}
