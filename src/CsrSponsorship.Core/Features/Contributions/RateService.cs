using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Contributions;

public sealed record RateVersionRow(
    int Id, YearMonth ValidFrom, YearMonth? ValidTo, int JkkBasisPoints, long JkmFlat, int JhtBasisPoints, long MinimumIncome,
    string LegalBasis, bool Locked, IReadOnlyList<DiscountWindow> DiscountWindows, Guid Version);

public sealed class RateService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<RateVersionRow>> ListAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin, Roles.Disnakerind, Roles.Keuangan);
        await using var db = await factory.CreateDbContextAsync(ct);
        var records = await db.RateVersions.AsNoTracking().Include(r => r.DiscountWindows).ToListAsync(ct);
        return [.. records.OrderByDescending(r => r.ValidFrom).Select(r => new RateVersionRow(
            r.Id, r.ValidFrom, r.ValidTo, r.JkkBasisPoints, r.JkmFlat, r.JhtBasisPoints, r.MinimumIncome, r.LegalBasis,
            r.LockedAtUtc is not null, [.. r.DiscountWindows.Select(w => w.ToDiscountWindow())], r.Version))];
    }

    // A new regulation: the open-ended version in force ends the month before the new one starts.
    public async Task<int> AddVersionAsync(RateTerms terms, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var existing = await db.RateVersions.Include(r => r.DiscountWindows).ToListAsync(ct);
        if (existing.Any(r => r.ValidFrom >= terms.ValidFrom))
        {
            throw new DomainException($"Sudah ada versi tarif yang mulai pada atau setelah {terms.ValidFrom.ToDisplayString()}.");
        }

        var current = existing.Where(r => r.ValidTo is null || r.ValidTo >= terms.ValidFrom).MaxBy(r => r.ValidFrom);
        current?.EndBefore(terms.ValidFrom, await LastPricedMonthAsync(db, current, ct));
        var record = RateVersionRecord.Create(terms);
        // Discount windows that reach past the new start carry over: a regulation's window does not end with a rate change.
        if (current is not null)
        {
            record.DiscountWindows.AddRange(current.DiscountWindows
                .Where(w => w.To >= terms.ValidFrom)
                .Select(w => DiscountWindowRecord.Of(w.ToDiscountWindow())));
        }

        RateTimeline.Validate(existing.Append(record).Select(r => (r.ValidFrom, r.ValidTo)));
        db.RateVersions.Add(record);
        await db.SaveChangesAsync(ct);
        return record.Id;
    }

    // The start of a version is the boundary an Admin moves: the version before it ends the month before the new
    // start. An end that leaves a gap or an overlap with the next version is refused (RateTimeline).
    public async Task UpdateVersionAsync(int id, RateTerms terms, Guid version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        (await currentUser.GetAsync()).Require(Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var all = await db.RateVersions.ToListAsync(ct);
        var record = all.SingleOrDefault(r => r.Id == id) ?? throw new NotFoundException("Versi tarif");
        db.Entry(record).Property(r => r.Version).OriginalValue = version;
        var previousStart = record.ValidFrom;
        record.Change(terms);
        if (record.ValidFrom != previousStart && all.Where(r => r.ValidFrom < previousStart).MaxBy(r => r.ValidFrom) is { } before)
        {
            before.EndBefore(record.ValidFrom, await LastPricedMonthAsync(db, before, ct));
        }

        RateTimeline.Validate(all.Select(r => (r.ValidFrom, r.ValidTo)));
        await db.SaveOrConflictAsync(ct);
    }

    public async Task<bool> GetCsrDiscountAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin, Roles.Disnakerind, Roles.Keuangan, Roles.Csr, Roles.Loket);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ReadCsrDiscountAsync(db, ct);
    }

    public async Task SetCsrDiscountAsync(bool apply, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var settings = await db.ProgrammeSettings.SingleAsync(ct);
        settings.ApplyDiscountToCsr = apply;
        await db.SaveChangesAsync(ct);
    }

    // The last month a locked version priced on a live issued invoice (its amounts are frozen with this version).
    private static async Task<YearMonth?> LastPricedMonthAsync(AppDbContext db, RateVersionRecord version, CancellationToken ct)
    {
        if (version.LockedAtUtc is null)
        {
            return null;
        }

        var validFrom = version.ValidFrom;
        var periods = await (
            from w in db.InvoiceWorkers.AsNoTracking()
            join i in db.Invoices.AsNoTracking() on w.InvoiceId equals i.Id
            where (i.Status == InvoiceStatus.Terbit || i.Status == InvoiceStatus.SebagianDibayar || i.Status == InvoiceStatus.Lunas)
                && !w.Released && i.PeriodEnd >= validFrom
            select new { w.PeriodStart, w.Months }).ToListAsync(ct);
        return periods
            .Select(p => (Start: p.PeriodStart, End: p.PeriodStart.AddMonths(p.Months - 1)))
            .Where(p => p.End >= validFrom && (version.ValidTo is not { } to || p.Start <= to))
            .Select(p => version.ValidTo is { } to && p.End > to ? to : p.End)
            .Select(m => (YearMonth?)m)
            .Max();
    }

    internal static async Task<IReadOnlyList<RateVersion>> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var records = await db.RateVersions.AsNoTracking().Include(r => r.DiscountWindows).ToListAsync(ct);
        return [.. records.Select(r => r.ToRateVersion())];
    }

    internal static async Task<bool> ReadCsrDiscountAsync(AppDbContext db, CancellationToken ct) =>
        await db.ProgrammeSettings.AsNoTracking().Select(s => s.ApplyDiscountToCsr).SingleOrDefaultAsync(ct);
}
