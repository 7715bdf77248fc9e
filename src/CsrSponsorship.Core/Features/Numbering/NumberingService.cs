using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Numbering;

public sealed record NumberTemplateRow(string DocumentType, string Label, string Template, string Code, string Unit, string Example, int LastSerialThisYear, Guid Version);

public sealed record NumberTemplateChange(string Template, string Code, string Unit);

// Admin maintains the numbering scheme per document type (the office's archive classification can change).
public sealed class NumberingService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<NumberTemplateRow>> ListTemplatesAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Roles.Admin, Roles.Disnakerind, Roles.Keuangan);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Wita.Today(clock);
        var templates = await db.DocumentNumberTemplates.AsNoTracking().OrderBy(t => t.DocumentType).ToListAsync(ct);
        var serials = await db.NumberSequences.AsNoTracking().Where(s => s.Year == today.Year).ToDictionaryAsync(s => s.DocumentType, s => s.LastSerial, ct);
        // A template stored before a rule existed (e.g. without {tahun}) is listed with its problem, so the Admin can fix it here.
        return [.. templates.Select(t => new NumberTemplateRow(
            t.DocumentType, DocumentTypes.Label(t.DocumentType), t.Template, t.Code, t.Unit,
            DocumentNumber.Problem(t.Template) is { } problem
                ? "Templat tidak dapat dipakai: " + problem
                : DocumentNumber.Format(t.Template, serials.GetValueOrDefault(t.DocumentType) + 1, today, t.Code, t.Unit),
            serials.GetValueOrDefault(t.DocumentType), t.Version))];
    }

    // What the next number would look like with a template being typed, for a live preview.
    public static string Preview(NumberTemplateChange change, int serial, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(change);
        return DocumentNumber.Format(change.Template, serial, date, change.Code, change.Unit);
    }

    public async Task UpdateTemplateAsync(string documentType, NumberTemplateChange change, Guid version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        (await currentUser.GetAsync()).Require(Roles.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var template = await db.DocumentNumberTemplates.SingleOrDefaultAsync(t => t.DocumentType == documentType, ct)
            ?? throw new NotFoundException("Templat nomor");
        db.Entry(template).Property(t => t.Version).OriginalValue = version;
        template.Change(change.Template, change.Code, change.Unit);
        await db.SaveOrConflictAsync(ct);
    }
}
