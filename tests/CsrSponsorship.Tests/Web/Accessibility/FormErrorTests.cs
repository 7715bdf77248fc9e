using AngleSharp.Dom;
using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using CsrSponsorship.Web.Features.Companies;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CsrSponsorship.Tests.Web.Accessibility;

// Issue 17: refused forms showed separate alerts, none tied to its field; the worker form's own cases are in WorkerFormTests.
public sealed class FormErrorTests : MudTestContext
{
    private TestApp app = default!;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAs(Roles.Disnakerind);
        Services.AddSingleton(app.Get<WilayahService>());
        Services.AddSingleton(app.Get<CompanyService>());
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Fact]
    public void A_refused_company_lists_its_problems_in_form_order_each_linked_to_its_field()
    {
        var form = Render<CompanyForm>(p => p.Add(f => f.Draft, new CompanyDraft()));
        var refusal = new CompanyValidationException([
            new FieldIssue(nameof(CompanyDraft.ContactName), "Nama kontak CSR wajib diisi."),
            new FieldIssue(nameof(CompanyDraft.LegalName), "Nama resmi perusahaan wajib diisi."),
        ]);

        form.InvokeAsync(() => form.Instance.ShowRefusal(refusal));

        form.WaitForAssertion(() =>
        {
            var alert = Assert.Single(form.FindAll("[role=alert]"));
            var links = alert.QuerySelectorAll("a.error-summary-link").Select(l => l.TextContent.Trim()).ToList();
            Assert.Equal(["Nama resmi: Nama resmi perusahaan wajib diisi.", "Nama narahubung CSR: Nama kontak CSR wajib diisi."], links);
            Assert.Equal("Nama resmi perusahaan wajib diisi.", DescribedBy(form, form.Find("#company-legalname")));
            Assert.Equal("true", form.Find("#company-contactname").GetAttribute("aria-invalid"));
            foreach (var id in new[] { "legalname", "npwp", "sector", "address", "operatingdesacodes", "contactname" })
            {
                Assert.True(form.Find($"#company-{id}").GetAttribute("aria-required") == "true", $"{id} is not aria-required");
            }
        });
    }

    [Fact]
    public void The_current_breadcrumb_is_text_marked_as_the_current_page_not_a_link()
    {
        var trail = Render<PageBreadcrumbs>(p => p.Add(b => b.Items, [new BreadcrumbItem("Pekerja", "/pekerja"), new BreadcrumbItem("Daftarkan", null, disabled: true)]));

        var current = trail.Find("[aria-current=page]");
        Assert.Equal("SPAN", current.TagName);
        Assert.Equal("Daftarkan", current.TextContent.Trim());
        Assert.Empty(trail.FindAll("a[href='#']"));
        Assert.Equal("/pekerja", trail.Find("a").GetAttribute("href"));
    }

    // The text a screen reader reads after the field: the elements its aria-describedby names.
    internal static string DescribedBy(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> form, IElement field) =>
        string.Join(" ", (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => form.FindAll($"[id='{id}']").SingleOrDefault()?.TextContent.Trim() ?? ""));
}
