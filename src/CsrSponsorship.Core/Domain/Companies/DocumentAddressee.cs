namespace CsrSponsorship.Core.Domain.Companies;

// Who an issued document is addressed to, copied from the company profile when the document gets its number
// and never changed after: a later rename or move must not rewrite what was sent (as a signed letter keeps its
// recipients).
public sealed record DocumentAddressee(string Name, string Address, string? Npwp)
{
    public static DocumentAddressee Of(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return new DocumentAddressee(company.LegalName, company.Address, company.Npwp);
    }
}
