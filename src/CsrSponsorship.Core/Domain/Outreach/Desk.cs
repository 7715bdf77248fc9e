using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Outreach;

// A one-stop desk (Layanan Satu Pintu) as a place: where people get information and register without travelling to the
// regency offices, who staffs it, and when it is open. A worker registered there is attributed to it (Worker.DeskId).
public class Desk : IVersioned
{
    public const int NameMax = 120;
    public const int AddressMax = 300;

    private readonly List<DeskAgent> agents = [];

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string DesaCode { get; private set; } = "";

    // Copied from the desa so lists filter by kecamatan without a join (as Worker does).
    public string KecamatanCode { get; private set; } = "";

    public string Address { get; private set; } = "";

    public DeskDays OpeningDays { get; private set; }

    public TimeOnly OpensAt { get; private set; }

    public TimeOnly ClosesAt { get; private set; }

    // The desk's own telephone, shown on the public page: an office number, not personal data.
    public string? Phone { get; private set; }

    public bool IsActive { get; private set; } = true;

    // Set for the desks loaded from seeds/desks.csv, so the screens can say where a desk came from; null when created here.
    public string? SeedKey { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<DeskAgent> Agents => agents;

    private Desk()
    {
    }

    public static Desk Create(DeskProfile profile, DateTime createdAtUtc, string? seedKey = null)
    {
        var desk = new Desk { CreatedAtUtc = createdAtUtc, SeedKey = seedKey };
        desk.Update(profile);
        return desk;
    }

    public void Update(DeskProfile profile)
    {
        // The validator says all of this field by field; this is the backstop for a caller that skipped it.
        if (string.IsNullOrWhiteSpace(profile.Name) || profile.Name.Length > NameMax)
        {
            throw new DomainException("Nama loket wajib diisi, paling banyak 120 huruf.");
        }

        if ((profile.OpeningDays & DeskDaysText.All) == DeskDays.None)
        {
            throw new DomainException("Pilih paling sedikit satu hari buka.");
        }

        if (profile.ClosesAt <= profile.OpensAt)
        {
            throw new DomainException("Jam tutup harus setelah jam buka.");
        }

        Name = profile.Name.Trim();
        DesaCode = profile.DesaCode;
        KecamatanCode = profile.KecamatanCode;
        Address = profile.Address.Trim();
        OpeningDays = profile.OpeningDays & DeskDaysText.All;
        OpensAt = profile.OpensAt;
        ClosesAt = profile.ClosesAt;
        Phone = profile.Phone;
    }

    // The Loket users who serve here; an agent may serve more than one desk.
    public void SetAgents(IEnumerable<string> userIds)
    {
        var wanted = userIds.Distinct(StringComparer.Ordinal).ToList();
        agents.RemoveAll(a => !wanted.Contains(a.UserId, StringComparer.Ordinal));
        foreach (var id in wanted.Where(id => agents.All(a => a.UserId != id)))
        {
            agents.Add(new DeskAgent { UserId = id });
        }
    }

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;
}

public class DeskAgent
{
    public int DeskId { get; set; }

    public required string UserId { get; init; }
}

public sealed record DeskProfile(
    string Name, string DesaCode, string KecamatanCode, string Address, DeskDays OpeningDays, TimeOnly OpensAt, TimeOnly ClosesAt, string? Phone);
