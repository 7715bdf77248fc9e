using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.xUnit;

namespace CsrSponsorship.Tests.Architecture;

// Common ← Domain ← Data ← Documents ← Features in Core, and only the listed edges between areas
// (docs/decisions/0040-one-way-dependencies.md). A failure names every offending pair of types.
public sealed class DependencyDirectionTests
{
    [Fact]
    public void Core_dependencies_run_one_way() =>
        AssertNone(ProjectRules.Core.Check(CompiledAssemblies.Edges(CompiledAssemblies.Core)));

    [Fact]
    public void Web_dependencies_run_one_way() =>
        AssertNone(ProjectRules.Web.Check(CompiledAssemblies.Edges(CompiledAssemblies.Web)));

    [Fact]
    public void Core_has_no_namespace_cycle() =>
        SliceRuleDefinition.Slices().Matching("CsrSponsorship.Core.(**)").Should().BeFreeOfCycles().Check(CompiledAssemblies.Core);

    [Fact]
    public void Web_has_no_namespace_cycle() =>
        SliceRuleDefinition.Slices().Matching("CsrSponsorship.Web.(**)").Should().BeFreeOfCycles().Check(CompiledAssemblies.Web);

    [Fact]
    public void The_listed_area_edges_have_no_cycle()
    {
        AssertNone(ProjectRules.Core.CyclesInAreaEdges());
        AssertNone(ProjectRules.Web.CyclesInAreaEdges());
    }

    [Fact]
    public void A_document_that_reads_a_feature_is_reported_with_both_types()
    {
        var edge = TypeEdge.Of("CsrSponsorship.Core.Documents.Excel.WorkerImportWorkbook", "CsrSponsorship.Core.Features.Workers.WorkerImportColumns");

        var problem = Assert.Single(ProjectRules.Core.Check([edge]));

        Assert.StartsWith(
            "CsrSponsorship.Core.Documents.Excel.WorkerImportWorkbook → CsrSponsorship.Core.Features.Workers.WorkerImportColumns: Documents may not depend on Features",
            problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edge_between_feature_areas_that_is_not_listed_is_reported()
    {
        var reverse = TypeEdge.Of("CsrSponsorship.Core.Features.Payments.PaymentService", "CsrSponsorship.Core.Features.Invoicing.InvoiceService+Nested");
        var listed = TypeEdge.Of("CsrSponsorship.Core.Features.Invoicing.InvoiceService", "CsrSponsorship.Core.Features.Payments.PaymentService");

        var problem = Assert.Single(ProjectRules.Core.Check([reverse, listed]));

        Assert.Equal(
            "CsrSponsorship.Core.Features.Payments.PaymentService → CsrSponsorship.Core.Features.Invoicing.InvoiceService+Nested: " +
            "Features.Payments → Features.Invoicing is not a listed edge", problem);
    }

    [Fact]
    public void Using_a_lower_layer_or_a_namespace_inside_the_own_layer_is_allowed()
    {
        Assert.Empty(ProjectRules.Core.Check(
        [
            TypeEdge.Of("CsrSponsorship.Core.Features.Reports.ReportService", "CsrSponsorship.Core.Domain.Payments.Payment"),
            TypeEdge.Of("CsrSponsorship.Core.Documents.Excel.WorkerImportWorkbook", "CsrSponsorship.Core.Documents.Spreadsheets.WorkerImportColumns"),
            TypeEdge.Of("CsrSponsorship.Core.DatabaseInitializer", "CsrSponsorship.Core.Features.Demo.DemoSeeder"),
            TypeEdge.Of("CsrSponsorship.Core.Features.Workers.WorkerService", "System.String"),
        ]));
    }

    [Fact]
    public void A_namespace_outside_every_layer_and_an_unlisted_area_are_reported()
    {
        var problems = ProjectRules.Core.Check(
        [
            TypeEdge.Of("CsrSponsorship.Core.Helpers.Util", "CsrSponsorship.Core.Common.Wita"),
            TypeEdge.Of("CsrSponsorship.Core.Features.Billing.BillingService", "CsrSponsorship.Core.Features.Identity.Caller"),
        ]);

        Assert.Equal(
        [
            "CsrSponsorship.Core.Features.Billing.BillingService → CsrSponsorship.Core.Features.Identity.Caller: the area Features.Billing is not listed in the rules",
            "CsrSponsorship.Core.Helpers.Util → CsrSponsorship.Core.Common.Wita: CsrSponsorship.Core.Helpers belongs to no layer; add it to the rules",
        ], problems);
    }

    [Fact]
    public void A_web_feature_reaching_into_hosting_is_reported()
    {
        var edge = TypeEdge.Of("CsrSponsorship.Web.Features.Identity.Login", "CsrSponsorship.Web.Hosting.SignInThrottle");

        var problem = Assert.Single(ProjectRules.Web.Check([edge]));

        Assert.Contains("Features may not depend on Hosting", problem, StringComparison.Ordinal);
    }

    private static void AssertNone(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} dependencies break the written-down direction:\n" + string.Join("\n", problems));
        }
    }
}
