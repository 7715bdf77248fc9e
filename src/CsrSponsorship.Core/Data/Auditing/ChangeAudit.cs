using System.Text.Json;
using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Domain.CircularLetters;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Invoicing;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Sponsorships;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CsrSponsorship.Core.Data.Auditing;

// Turns tracked changes of money, personal data, rates and letters into audit rows, before/after as JSON.
internal static class ChangeAudit
{
    private static readonly HashSet<Type> Audited =
    [
        typeof(Worker), typeof(Company), typeof(CompanyOperatingDesa), typeof(Sponsorship), typeof(Invoice),
        typeof(Payment), typeof(RateVersionRecord), typeof(ProgrammeSettings), typeof(CircularLetter),
        typeof(Desk), typeof(DeskAgent), typeof(OutreachActivity), typeof(OutreachCompany),
    ];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public sealed record Pending(EntityEntry Entry, string Action, string? Before, string? After);

    public static List<Pending> Capture(ChangeTracker tracker)
    {
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            if (!Audited.Contains(entry.Metadata.ClrType))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new Pending(entry, AuditActions.Created, null, Serialize(entry.Properties, original: false)));
                    break;
                case EntityState.Deleted:
                    pending.Add(new Pending(entry, AuditActions.Deleted, Serialize(entry.Properties, original: true), null));
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                    if (changed.Any(p => !IsNoise(p)))
                    {
                        pending.Add(new Pending(entry, AuditActions.Updated, Serialize(changed, original: true), Serialize(changed, original: false)));
                    }

                    break;
            }
        }

        return pending;
    }

    // Called after the first save, when generated keys are known.
    public static IEnumerable<AuditEntry> ToRows(IEnumerable<Pending> pending, DateTime atUtc, AuditActor actor) =>
        pending.Select(p => AuditEntry.Create(atUtc, actor, p.Action, p.Entry.Metadata.ClrType.Name, KeyOf(p.Entry), p.Before, p.After));

    private static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Properties.Where(p => p.Metadata.IsPrimaryKey()).Select(p => Convert.ToString(p.CurrentValue ?? p.OriginalValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static bool IsNoise(PropertyEntry p) => p.Metadata.Name == "Version";

    private static string Serialize(IEnumerable<PropertyEntry> properties, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in properties.Where(p => !IsNoise(p) && p.Metadata.ClrType != typeof(byte[])))
        {
            var value = original ? p.OriginalValue : p.CurrentValue;
            var converter = p.Metadata.GetTypeMapping().Converter;
            if (value is not null && converter is not null)
            {
                value = converter.ConvertToProvider(value);
            }

            values[p.Metadata.Name] = Mask(p.Metadata.Name, value);
        }

        return JsonSerializer.Serialize(values, Json);
    }

    // The audit log is read by Admins, not only by those allowed to reveal full NIKs (UU 27/2022 PDP). A birth date
    // beside a masked NIK gives the hidden digits back, so it is logged by its year.
    private static object? Mask(string name, object? value) => (name, value) switch
    {
        ("Nik", string nik) => NikMask.Mask(nik),
        ("BirthDate", DateOnly date) => date.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "-••-••",
        ("BirthDate", string date) when date.Length >= 4 => date[..4] + "-••-••",
        (_, string phone) when name.Contains("Phone", StringComparison.Ordinal) => PhoneNumber.Mask(phone),
        _ => value,
    };
}
