using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Companies;

public enum CompanySector
{
    Pembangkit = 1,
    Tambang = 2,
    AngkutanPelabuhan = 3,
    Sawit = 4,
    Lainnya = 9,
}

public class Company : IVersioned
{
    public static readonly string BudgetTooLarge =
        $"Anggaran CSR terlalu besar: paling banyak {IndonesianFormat.Rupiah(RupiahText.MaxAmount)} per tahun.";

    private readonly List<CompanyOperatingDesa> operatingDesa = [];

    public int Id { get; private set; }

    public string LegalName { get; private set; } = "";

    // Always the 16-digit form (a 15-digit legacy NPWP is prefixed with 0).
    public string? Npwp { get; private set; }

    public string? Nib { get; private set; }

    public CompanySector Sector { get; private set; } = CompanySector.Lainnya;

    public string Address { get; private set; } = "";

    public string? ContactName { get; private set; }

    public string? ContactPhone { get; private set; }

    public string? ContactEmail { get; private set; }

    // Rupiah per calendar year set aside for this programme; optional, used for the budget warning.
    public long? AnnualCsrBudget { get; private set; }

    public bool IsActive { get; private set; } = true;

    public DateTime CreatedAtUtc { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<CompanyOperatingDesa> OperatingDesa => operatingDesa;

    private Company()
    {
    }

    public static Company Create(string legalName, string address, string? npwp, DateTime createdAtUtc)
    {
        var company = new Company { CreatedAtUtc = createdAtUtc };
        company.Update(new CompanyProfile(legalName, npwp, null, CompanySector.Lainnya, address, null, null, null, null));
        return company;
    }

    public void Update(CompanyProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.LegalName))
        {
            throw new DomainException("Nama resmi perusahaan wajib diisi.");
        }

        if (profile.AnnualCsrBudget is < 0)
        {
            throw new DomainException("Anggaran CSR tidak boleh negatif.");
        }

        if (profile.AnnualCsrBudget > RupiahText.MaxAmount)
        {
            throw new DomainException(BudgetTooLarge);
        }

        LegalName = profile.LegalName.Trim();
        Npwp = profile.Npwp is null ? null : NpwpNumber.Normalize(profile.Npwp).Value
            ?? throw new DomainException(NpwpNumber.Normalize(profile.Npwp).Error!);
        Nib = string.IsNullOrWhiteSpace(profile.Nib) ? null : profile.Nib.Trim();
        Sector = profile.Sector;
        Address = (profile.Address ?? "").Trim();
        ContactName = Blank(profile.ContactName);
        ContactPhone = Blank(profile.ContactPhone);
        ContactEmail = Blank(profile.ContactEmail);
        AnnualCsrBudget = profile.AnnualCsrBudget;
    }

    public void SetOperatingDesa(IEnumerable<string> desaCodes)
    {
        var wanted = desaCodes.Distinct(StringComparer.Ordinal).ToList();
        operatingDesa.RemoveAll(d => !wanted.Contains(d.DesaCode, StringComparer.Ordinal));
        foreach (var code in wanted.Where(c => operatingDesa.All(d => d.DesaCode != c)))
        {
            operatingDesa.Add(new CompanyOperatingDesa { DesaCode = code });
        }
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public class CompanyOperatingDesa
{
    public int CompanyId { get; set; }

    public required string DesaCode { get; init; }
}

public sealed record CompanyProfile(
    string LegalName, string? Npwp, string? Nib, CompanySector Sector, string? Address,
    string? ContactName, string? ContactPhone, string? ContactEmail, long? AnnualCsrBudget);
