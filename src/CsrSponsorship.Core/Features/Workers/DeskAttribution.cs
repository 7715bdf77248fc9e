using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Workers;

// Which one-stop desk a registration belongs to (the desk report counts by it). An agent registers at a desk he
// serves: his only open desk without asking, or the one he picks when he serves several; an agent of no desk (a Perisai
// agent in the field) registers at none. The office may name any open desk, e.g. when typing in a desk's paper forms.
internal static class DeskAttribution
{
    public static async Task<int?> ResolveAsync(AppDbContext db, Caller caller, int? chosen, CancellationToken ct)
    {
        var open = db.Desks.AsNoTracking().Where(d => d.IsActive);
        if (caller.Role == Roles.Loket)
        {
            var own = await open.Where(d => d.Agents.Any(a => a.UserId == caller.UserId)).Select(d => d.Id).ToListAsync(ct);
            if (chosen is { } id)
            {
                return own.Contains(id) ? id : throw Refused("Anda tidak bertugas di loket itu. Pilih loket tempat Anda bertugas.");
            }

            return own.Count switch
            {
                0 => null,
                1 => own[0],
                _ => throw Refused("Anda bertugas di lebih dari satu loket. Pilih loket tempat pendaftaran ini dilakukan."),
            };
        }

        if (chosen is { } desk && !await open.AnyAsync(d => d.Id == desk, ct))
        {
            throw Refused("Loket itu tidak ada atau sudah ditutup. Pilih loket lain atau kosongkan.");
        }

        return chosen;
    }

    private static WorkerValidationException Refused(string message) => new([new FieldIssue(nameof(WorkerDraft.DeskId), message)]);
}
