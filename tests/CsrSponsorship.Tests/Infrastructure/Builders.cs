using CsrSponsorship.Core.Domain.Companies;

namespace CsrSponsorship.Tests.Infrastructure;

public sealed class CompanyBuilder
{
    private static int counter;
    private string name = "PT Contoh Sejahtera";
    private string? npwp;
    private bool active = true;
    private string[] desa = ["63.01.02.2003"];
    private long? budget;

    public CompanyBuilder Named(string value) { name = value; return this; }

    public CompanyBuilder WithNpwp(string value) { npwp = value; return this; }

    public CompanyBuilder Inactive() { active = false; return this; }

    public CompanyBuilder OperatingIn(params string[] desaCodes) { desa = desaCodes; return this; }

    public CompanyBuilder WithBudget(long rupiah) { budget = rupiah; return this; }

    public Company Build()
    {
        var serial = Interlocked.Increment(ref counter);
        var company = Company.Create(name, "Jl. Contoh No. 1, Kintap", npwp ?? $"09{serial:00000000000000}", new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc));
        company.SetOperatingDesa(desa);
        if (budget is { } b)
        {
            company.Update(new CompanyProfile(company.LegalName, company.Npwp, null, CompanySector.Tambang, company.Address, null, null, null, b));
        }

        if (!active)
        {
            company.Deactivate();
        }

        return company;
    }
}
