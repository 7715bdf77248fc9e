using CsrSponsorship.Core.Domain.Companies;

namespace CsrSponsorship.Tests.Infrastructure;

public sealed class CompanyBuilder
{
    private static int counter;
    private string name = "PT Contoh Sejahtera";
    private string? npwp;
    private bool active = true;
    private CompanySector sector = CompanySector.Lainnya;
    private string[] operatingDesa = ["63.01.02.2003"];
    private long? budget;

    public CompanyBuilder Named(string value) { name = value; return this; }

    public CompanyBuilder WithNpwp(string value) { npwp = value; return this; }

    public CompanyBuilder InSector(CompanySector value) { sector = value; return this; }

    public CompanyBuilder Inactive() { active = false; return this; }

    public CompanyBuilder OperatingIn(params string[] desaCodes) { operatingDesa = desaCodes; return this; }

    public CompanyBuilder WithBudget(long rupiah) { budget = rupiah; return this; }

    public Company Build()
    {
        var serial = Interlocked.Increment(ref counter);
        var company = Company.Create(name, "Jl. Contoh No. 1, Kintap", npwp ?? $"09{serial:00000000000000}", new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc));
        company.Update(new CompanyProfile(company.LegalName, company.Npwp, null, sector, company.Address, "Narahubung Contoh", null, null, budget));
        company.SetOperatingDesa(operatingDesa);
        if (!active)
        {
            company.Deactivate();
        }

        return company;
    }
}
