using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Companies;

public class Company : IVersioned
{
    public int Id { get; private set; }

    public string LegalName { get; private set; } = "";

    public string? Npwp { get; private set; }

    public string Address { get; private set; } = "";

    public bool IsActive { get; private set; } = true;

    public DateTime CreatedAtUtc { get; private set; }

    public Guid Version { get; set; }

    private Company()
    {
    }

    public static Company Create(string legalName, string address, string? npwp, DateTime createdAtUtc)
    {
        if (string.IsNullOrWhiteSpace(legalName))
        {
            throw new DomainException("Nama perusahaan wajib diisi.");
        }

        return new Company
        {
            LegalName = legalName.Trim(),
            Address = address.Trim(),
            Npwp = string.IsNullOrWhiteSpace(npwp) ? null : npwp.Trim(),
            CreatedAtUtc = createdAtUtc,
        };
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
