using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
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
        current?.EndBefore(terms.ValidFrom);
        var record = RateVersionRecord.Create(terms);
        // Discount windows that reach past the new start carry over: a regulation's window does not end with a rate change.
        if (current is not null)
        {
            record.DiscountWindows.AddRange(current.DiscountWindows
                .Where(w => w.To >= terms.ValidFrom)
                .Select(w => DiscountWindowRecord.Of(w.ToDiscountWindow())));
        }

        db.RateVersions.Add(record);
        await db.SaveChangesAsync(ct);
        return record.Id;
    }

    public async Task UpdateVersionAsync(int id, RateTerms terms, Guid version, CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var record = await db.RateVersions.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("Versi tarif");
        db.Entry(record).Property(r => r.Version).OriginalValue = version;
        record.Change(terms);
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

    internal static async Task<IReadOnlyList<RateVersion>> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var records = await db.RateVersions.AsNoTracking().Include(r => r.DiscountWindows).ToListAsync(ct);
        return [.. records.Select(r => r.ToRateVersion())];
    }

    internal static async Task<bool> ReadCsrDiscountAsync(AppDbContext db, CancellationToken ct) =>
        await db.ProgrammeSettings.AsNoTracking().Select(s => s.ApplyDiscountToCsr).SingleOrDefaultAsync(ct);
}
