using System.Globalization;
using System.Runtime.CompilerServices;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Audit;

// Dates are WITA calendar days, as the Admin reads them; rows are stored in UTC. After: the last row of the previous page
// (keyset paging, decision 0206): the page starts after it instead of skipping rows.
public sealed record AuditQuery(
    string? User = null, string? Action = null, string? EntityType = null, DateOnly? From = null, DateOnly? To = null, PageRequest? Page = null,
    AuditCursor? After = null);

// Where a page of the log ends: newest first by (time, id).
public sealed record AuditCursor(DateTime AtUtc, long Id);

public sealed record AuditRow(
    long Id, DateTime AtUtc, string UserId, string UserName, string Action, string EntityType, string EntityId, string? Before, string? After);

public sealed class AuditService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    public const string Exported = "Exported";
    public const string NikRevealed = "NikRevealed";
    public const string DuplicateNikRefused = "DuplicateNikRefused";
    public const string BpjsListChecked = "BpjsListChecked";
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";

    // Events that change no row but must still be on record: exports, full-NIK reveals, answers about NIKs the caller
    // may not see (a refused duplicate, a BPJS list matched by NIK).
    public async Task RecordAsync(string action, string entityType, string entityId, string? detail, CancellationToken ct = default)
    {
        var caller = await currentUser.GetAsync();
        var actor = caller.IsAuthenticated ? new AuditActor(caller.UserId, caller.UserName) : AuditActor.Current;
        await using var db = await factory.CreateDbContextAsync(ct);
        db.AuditEntries.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, actor, action, entityType, entityId, null, detail));
        await db.SaveChangesAsync(ct);
    }

    // Called by the sign-in page before anyone is signed in; a failed attempt records the name that was typed.
    public async Task RecordSignInAsync(string userName, string? userId, bool succeeded, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var actor = new AuditActor(userId ?? "", userName.Length > 256 ? userName[..256] : userName);
        db.AuditEntries.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, actor, succeeded ? SignedIn : SignInFailed, "User", userId ?? "", null, null));
        await db.SaveChangesAsync(ct);
    }

    public async Task<PagedResult<AuditRow>> ListAsync(AuditQuery query, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var items = await Project(PageOf(db, query)).ToListAsync(ct);
        return await ListCounting.PageAsync(Filter(db, query), items, ct);
    }

    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Database.SqlQueryRaw<string>(EntityTypesSql).ToListAsync(ct);
    }

    // The entity filter's options, read each time the log page opens. DISTINCT read every row of the entity index
    // (2,000,000 at 1M workers); this jumps from one entity type to the next along IX_AuditEntries_EntityType_AtUtc_Id,
    // one index probe per type (a loose index scan), with the same SQL on both engines.
    internal const string EntityTypesSql = """
        WITH RECURSIVE t(v) AS (
            SELECT MIN("EntityType") FROM "AuditEntries"
            UNION ALL
            SELECT (SELECT MIN("EntityType") FROM "AuditEntries" WHERE "EntityType" > t.v) FROM t WHERE t.v IS NOT NULL)
        SELECT v AS "Value" FROM t WHERE v IS NOT NULL ORDER BY v
        """;

    // The export of the audit log is itself audited, like every export.
    public async Task<RenderedDocument> ExportAsync(AuditQuery query, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin);
        ReportColumn[] columns =
        [
            new("Waktu (UTC)", ColumnKind.DateTime, 18), new("Pengguna", ColumnKind.Text, 26), new("ID Pengguna", ColumnKind.Code, 20),
            new("Aksi", ColumnKind.Text, 12), new("Entitas", ColumnKind.Text, 20), new("ID Entitas", ColumnKind.Code, 12),
            new("Sebelum", ColumnKind.Text, 60), new("Sesudah", ColumnKind.Text, 60),
        ];
        var now = clock.GetUtcNow().UtcDateTime;
        var definition = new ReportDefinition("Log Audit", "Log Audit", Period(query), "Dicetak " + IndonesianFormat.DateTime(now), columns);
        var content = await ExcelReportWriter.WriteAsync(definition, Rows(query, ct), progress, ct);

        await RecordAsync(Exported, "AuditLog", "", System.Text.Json.JsonSerializer.Serialize(query with { Page = null }), ct);

        return new RenderedDocument($"log-audit-{Wita.FromUtc(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx", content);
    }

    private async IAsyncEnumerable<object?[]> Rows(AuditQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await foreach (var a in Project(Filter(db, query).OrderBy(a => a.Id)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return [a.AtUtc, a.UserName, a.UserId, AuditLabels.Action(a.Action), AuditLabels.Entity(a.EntityType), a.EntityId, a.Before, a.After];
        }
    }

    private static IQueryable<AuditEntry> Filter(AppDbContext db, AuditQuery query)
    {
        var rows = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim();
            rows = rows.Where(a => a.UserId == user || a.UserName.Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            rows = rows.Where(a => a.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            rows = rows.Where(a => a.EntityType == query.EntityType);
        }

        if (query.From is { } from)
        {
            var start = StartUtc(from);
            rows = rows.Where(a => a.AtUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = StartUtc(to.AddDays(1));
            rows = rows.Where(a => a.AtUtc < end);
        }

        return rows;
    }

    // One page, newest first by (AtUtc, Id): after the cursor when there is one (keyset), else by skipping rows.
    internal static IQueryable<AuditEntry> PageOf(AppDbContext db, AuditQuery query)
    {
        var rows = Filter(db, query);
        var page = query.Page ?? new PageRequest();
        if (query.After is { } after)
        {
            // Written so both engines walk the (…, AtUtc, Id) indexes from the cursor: a range on AtUtc, then the tie.
            rows = rows.Where(a => a.AtUtc <= after.AtUtc && (a.AtUtc < after.AtUtc || a.Id < after.Id));
        }

        return rows.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Skip(query.After is null ? page.Skip : 0).Take(page.Take);
    }

    private static IQueryable<AuditRow> Project(IQueryable<AuditEntry> rows) =>
        rows.Select(a => new AuditRow(a.Id, a.AtUtc, a.UserId, a.UserName, a.Action, a.EntityType, a.EntityId, a.Before, a.After));

    private static DateTime StartUtc(DateOnly witaDay) => Wita.ToUtc(witaDay);

    private static string Period(AuditQuery q) =>
        (q.From, q.To) switch
        {
            (null, null) => "Semua tanggal",
            ({ } f, null) => "Sejak " + IndonesianFormat.Date(f),
            (null, { } t) => "Sampai " + IndonesianFormat.Date(t),
            ({ } f, { } t) => IndonesianFormat.Date(f) + " – " + IndonesianFormat.Date(t),
        };
}
