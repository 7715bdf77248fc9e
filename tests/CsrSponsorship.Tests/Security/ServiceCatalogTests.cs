namespace CsrSponsorship.Tests.Security;

public sealed class ServiceCatalogTests
{
    [Fact]
    public void The_catalog_finds_the_feature_services()
    {
        // A guard against a reflection filter that silently matches nothing.
        Assert.True(ServiceCatalog.Services.Count >= 20, string.Join(", ", ServiceCatalog.Services.Select(s => s.Name)));
        Assert.True(ServiceCatalog.Operations.Count >= 100, $"{ServiceCatalog.Operations.Count} operations found");
    }

    [Fact]
    public void Every_public_service_method_is_in_the_matrix_or_exempt_for_a_reason()
    {
        var unlisted = ServiceCatalog.Operations.Keys
            .Where(k => !AccessMatrix.Operations.ContainsKey(k) && !AccessMatrix.Exempt.ContainsKey(k))
            .Order(StringComparer.Ordinal);

        Assert.Empty(unlisted);
    }

    [Fact]
    public void Every_matrix_entry_and_exemption_names_a_real_method_and_none_is_both()
    {
        var declared = AccessMatrix.Operations.Keys.Concat(AccessMatrix.Exempt.Keys);

        Assert.Empty(declared.Where(k => !ServiceCatalog.Operations.ContainsKey(k)).Order(StringComparer.Ordinal));
        Assert.Empty(AccessMatrix.Operations.Keys.Intersect(AccessMatrix.Exempt.Keys).Order(StringComparer.Ordinal));
        Assert.All(AccessMatrix.Exempt, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"{e.Key} needs a reason"));
    }
}
