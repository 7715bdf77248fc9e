using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.CircularLetters;

// The access rule and the load-change-save step shared by the letter services, so the workflow, distribution,
// documents and funnel check callers the same way: the office may do everything, a company only on its own copy
// of a distributed letter, and any other company's letter does not exist for it.
internal sealed class LetterAccess(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    public static readonly string[] Office = [Roles.Disnakerind, Roles.Admin];

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Caller> RequireOfficeAsync()
    {
        var caller = await currentUser.GetAsync();
        caller.Require(Office);
        return caller;
    }

    public async Task<Caller> RequireOfficeOrCompanyAsync()
    {
        var caller = await currentUser.GetAsync();
        caller.Require([.. Office, Roles.Csr]);
        return caller;
    }

    public async Task ChangeAsync(int id, Action<CircularLetter, Caller> change, CancellationToken ct, int? ownCompanyAllowed = null)
    {
        var caller = await currentUser.GetAsync();
        var asCompany = ownCompanyAllowed is { } company && caller.Role == Roles.Csr;
        if (asCompany && caller.RequireCompany() != ownCompanyAllowed)
        {
            // Like every other id from another company: it does not exist for this caller.
            throw new NotFoundException("Surat edaran");
        }

        if (!asCompany)
        {
            caller.Require(Office);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var letter = await LoadAsync(db, id, ct);
        if (asCompany && letter.Status != LetterStatus.Didistribusikan)
        {
            throw new NotFoundException("Surat edaran");
        }

        change(letter, caller);
        await db.SaveOrConflictAsync(ct);
    }

    // With the history: the four-eyes check reads who edited the draft from it.
    public static async Task<CircularLetter> LoadAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.CircularLetters.Include(l => l.Recipients).Include(l => l.Events).SingleOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("Surat edaran");
}
