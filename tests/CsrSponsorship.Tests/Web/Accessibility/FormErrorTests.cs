using AngleSharp.Dom;
using Bunit;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Wilayah;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using CsrSponsorship.Web.Features.Companies;
using CsrSponsorship.Web.Features.Workers;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CsrSponsorship.Tests.Web.Accessibility;

// Issue 17: an empty submit of /pekerja/baru gave 6 separate alerts, none tied to its field; 2 of 10 required fields marked.
public sealed class FormErrorTests : MudTestContext
{
    private TestApp app = default!;

    public override async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAs(Roles.Loket);
        Services.AddSingleton(app.Get<WorkerService>());
        Services.AddSingleton(app.Get<WilayahService>());
        Services.AddSingleton(TimeProvider.System);
    }

    protected override async Task DisposeTestResourcesAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_empty_worker_form_refused_shows_one_alert_listing_every_problem_each_tied_to_its_field()
    {
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, new WorkerDraft()));

        Assert.False(await form.InvokeAsync(() => form.Instance.ValidateAsync()));

        form.WaitForAssertion(() =>
        {
            var alert = Assert.Single(form.FindAll("[role=alert]"));
            Assert.Equal("Periksa isian berikut", alert.QuerySelector("h2")?.TextContent.Trim());
            var links = alert.QuerySelectorAll("a.error-summary-link");
            Assert.True(links.Length >= 8, $"only {links.Length} problems listed");
            Assert.StartsWith("NIK: ", links[0].TextContent.Trim(), StringComparison.Ordinal);
            foreach (var link in links)
            {
                var target = form.Find("#" + link.GetAttribute("data-field"));
                var described = DescribedBy(form, target);
                Assert.False(string.IsNullOrWhiteSpace(described), $"{link.TextContent.Trim()}: its field has no aria-describedby");
                Assert.Contains(described, link.TextContent, StringComparison.Ordinal);
                Assert.Equal("true", target.GetAttribute("aria-invalid"));
            }
        });
    }

    [Fact]
    public void Every_required_worker_field_is_marked_required_for_eyes_and_screen_readers()
    {
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, new WorkerDraft()));

        form.WaitForAssertion(() =>
        {
            string[] required = ["nik", "fullname", "birthplace", "birthdate", "sex", "kecamatan", "desacode", "address", "occupationcode",
                "provenance", "consentcollectedby", "consentcollectedon"];
            foreach (var id in required)
            {
                var field = form.Find($"#worker-{id}");
                Assert.True(field.GetAttribute("aria-required") == "true", $"{id} is not aria-required");
                Assert.True(field.Closest(".mud-input-required") is not null || id == "sex", $"{id} shows no required marker");
            }

            Assert.EndsWith("*", form.Find("#worker-sex-label").TextContent.Trim(), StringComparison.Ordinal);
            Assert.Equal("false", form.Find("#worker-phone").GetAttribute("aria-required"));
        });
    }

    [Fact]
    public void A_NIK_error_found_while_typing_stays_under_its_field_without_a_summary()
    {
        var form = Render<WorkerForm>(p => p.Add(f => f.Draft, new WorkerDraft()));

        form.Find("#worker-nik").Change("6301021302990000");

        form.WaitForAssertion(() =>
        {
            Assert.Equal("Nomor urut NIK tidak boleh 0000.", DescribedBy(form, form.Find("#worker-nik")));
            Assert.Empty(form.FindAll("[role=alert]"));
            Assert.Empty(form.FindAll("[data-testid=form-error]"));
        });
    }

    [Fact]
    public void A_refused_company_lists_its_problems_in_form_order_each_linked_to_its_field()
    {
        Services.AddSingleton(app.Get<CompanyService>());
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
    private static string DescribedBy(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> form, IElement field) =>
        string.Join(" ", (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => form.FindAll($"[id='{id}']").SingleOrDefault()?.TextContent.Trim() ?? ""));
}
