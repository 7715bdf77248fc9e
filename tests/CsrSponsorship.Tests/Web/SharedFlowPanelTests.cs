using Bunit;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Shared;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace CsrSponsorship.Tests.Web;

// The save flow of the entity edit pages and the upload flow of the spreadsheet pages, each shared by two pages.
public sealed class SharedFlowPanelTests : MudTestContext
{
    private sealed class RecordingForm(bool valid) : IDraftForm
    {
        public List<string> Refusals { get; } = [];

        public Task<bool> ValidateAsync() => Task.FromResult(valid);

        public void ShowRefusal(DomainException refusal) => Refusals.Add(refusal.Message);
    }

    private IRenderedComponent<DraftEditPanel> RenderEditPanel(IDraftForm form, Func<Task> save) =>
        Render<DraftEditPanel>(p => p
            .Add(x => x.Loaded, true)
            .Add(x => x.Form, () => form)
            .Add(x => x.Save, save)
            .Add(x => x.SaveTestId, "save-thing")
            .Add(x => x.CancelHref, "/kembali"));

    [Fact]
    public void A_refused_save_is_shown_by_the_form_and_the_save_button_comes_back()
    {
        var form = new RecordingForm(valid: true);
        var panel = RenderEditPanel(form, () => throw new DomainException("Data sudah diubah pengguna lain."));

        panel.Find("[data-testid=save-thing]").Click();

        panel.WaitForAssertion(() =>
        {
            Assert.Equal(["Data sudah diubah pengguna lain."], form.Refusals);
            var button = panel.Find("[data-testid=save-thing]");
            Assert.False(button.HasAttribute("disabled"));
            Assert.Equal("Simpan", button.TextContent.Trim());
        });
    }

    [Fact]
    public void A_draft_that_fails_the_forms_own_checks_is_never_saved()
    {
        var saves = 0;
        var panel = RenderEditPanel(new RecordingForm(valid: false), () =>
        {
            saves++;
            return Task.CompletedTask;
        });

        panel.Find("[data-testid=save-thing]").Click();

        panel.WaitForAssertion(() => Assert.False(panel.Find("[data-testid=save-thing]").HasAttribute("disabled")));
        Assert.Equal(0, saves);
    }

    [Fact]
    public void A_load_error_replaces_the_form()
    {
        var panel = Render<DraftEditPanel>(p => p
            .Add(x => x.LoadError, "Perusahaan tidak ditemukan.")
            .Add(x => x.Form, () => null)
            .Add(x => x.Save, () => Task.CompletedTask)
            .Add(x => x.SaveTestId, "save-thing")
            .Add(x => x.CancelHref, "/kembali")
            .AddChildContent("<p id=form>form</p>"));

        Assert.Contains("Perusahaan tidak ditemukan.", panel.Markup, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("#form"));
        Assert.Empty(panel.FindAll("[data-testid=save-thing]"));
    }

    private IRenderedComponent<SpreadsheetUploadPanel> RenderUploadPanel(long maxBytes, Func<SpreadsheetUpload, Task> onUpload)
    {
        Services.AddSingleton<FileDownloader>();
        return Render<SpreadsheetUploadPanel>(p => p
            .Add(x => x.UploadLabel, "Unggah berkas .xlsx (maks. 10 MB)")
            .Add(x => x.TestIdPrefix, "import")
            .Add(x => x.TemplateFileName, "templat.xlsx")
            .Add(x => x.BuildTemplate, () => Task.FromResult(Array.Empty<byte>()))
            .Add(x => x.MaxFileBytes, maxBytes)
            .Add(x => x.OnUpload, onUpload));
    }

    [Fact]
    public void The_chosen_file_reaches_the_page_with_its_name_and_content()
    {
        string? read = null;
        var panel = RenderUploadPanel(1024, async upload =>
        {
            using var reader = new StreamReader(upload.Content);
            read = upload.FileName + ":" + await reader.ReadToEndAsync();
        });

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("isi", "pekerja.xlsx"));

        panel.WaitForAssertion(() => Assert.Equal("pekerja.xlsx:isi", read));
        Assert.Empty(panel.FindAll("[data-testid=import-error]"));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_the_size_message()
    {
        var panel = RenderUploadPanel(3, async upload =>
        {
            using var reader = new StreamReader(upload.Content);
            await reader.ReadToEndAsync();
        });

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("lebih dari tiga bita", "besar.xlsx"));

        panel.WaitForAssertion(() => Assert.Equal("Berkas lebih dari 10 MB. Pecah menjadi beberapa berkas lalu unggah satu per satu.",
            panel.Find("[data-testid=import-error]").TextContent.Trim()));
    }

    [Fact]
    public void A_refused_step_shows_its_message_and_leaves_the_panel_idle()
    {
        var panel = RenderUploadPanel(1024, _ => Task.CompletedTask);

        panel.InvokeAsync(() => panel.Instance.RunAsync(_ => throw new DomainException("Pratinjau sudah kedaluwarsa.")));

        panel.WaitForAssertion(() =>
        {
            Assert.Equal("Pratinjau sudah kedaluwarsa.", panel.Find("[data-testid=import-error]").TextContent.Trim());
            Assert.False(panel.Instance.Busy);
            Assert.Empty(panel.FindAll("[data-testid=import-progress]"));
        });
    }
}
