using System.Text.RegularExpressions;
using CsrSponsorship.E2E.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CsrSponsorship.E2E;

// Disnakerind drafts; Admin reviews and signs (the drafter may never approve their own letter).
public sealed class CircularLetterTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_letter_drafted_from_the_template_is_returned_fixed_approved_signed_and_distributed_to_three_companies()
    {
        string[] names = ["PT Surat Uji Satu", "PT Surat Uji Dua", "PT Surat Uji Tiga"];
        var companyIds = new List<int>();
        foreach (var name in names)
        {
            companyIds.Add(await App.CreateCompanyAsync(name, "63.01.02.2003"));
        }

        // Draft from the template and submit.
        await SignInAsDisnakerAsync();
        await Page.GotoAsync("/surat-edaran/baru");
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("input[data-testid=subject]")).ToHaveValueAsync(new Regex("Jorong dan Kintap"));
        await Page.Locator("[data-testid=save-letter]").ClickAsync();
        await WaitForPathMatchingAsync("^/surat-edaran/[0-9]+$");
        var letterPath = new Uri(Page.Url).AbsolutePath;
        var letterId = int.Parse(letterPath[(letterPath.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await WaitForInteractiveAsync();
        await SubmitAsync();
        await SignOutAsync();

        // The reviewer returns it with a note.
        await SignInAsAdminAsync(letterPath);
        await Page.Locator("[data-testid=return-letter]").ClickAsync();
        await Page.Locator("textarea[data-testid=reason]").FillAsync("Tambahkan Permenaker sebagai dasar.");
        await Page.Locator("[data-testid=confirm-reason]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=letter-status]")).ToHaveTextAsync("Draf");
        await SignOutAsync();

        // The drafter sees the note, fixes the legal bases and submits again.
        await SignInAsDisnakerAsync();
        await Page.GotoAsync(letterPath);
        await WaitForInteractiveAsync();
        await Assertions.Expect(Page.Locator("[data-testid=return-note]")).ToContainTextAsync("Tambahkan Permenaker");
        var dasar = Page.Locator("textarea[data-testid=dasar]");
        await dasar.FillAsync(await dasar.InputValueAsync() + "\nPeraturan Menteri Ketenagakerjaan Nomor 5 Tahun 2021.");
        await Page.Locator("[data-testid=save-letter]").ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Draf tersimpan");
        await SubmitAsync();
        await SignOutAsync();

        // The reviewer approves and signs: only now is there a number.
        await SignInAsAdminAsync(letterPath);
        Assert.Equal(0, await Page.Locator("[data-testid=letter-number]").CountAsync());
        await Page.Locator("[data-testid=approve-letter]").ClickAsync();
        await ConfirmAsync("Setujui");
        await Assertions.Expect(Page.Locator("[data-testid=letter-status]")).ToHaveTextAsync("Disetujui");
        await Page.Locator("[data-testid=sign-letter]").ClickAsync();
        await ConfirmAsync("Tandatangani");
        await Assertions.Expect(Page.Locator("[data-testid=letter-status]")).ToHaveTextAsync("Ditandatangani");
        await Assertions.Expect(Page.Locator("[data-testid=letter-number]")).ToHaveTextAsync(new Regex(@"^500\.15\.10/[0-9]+/Disnakerind/[0-9]{4}$"));

        // Distribute to exactly the three test companies.
        await Page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Penerima" }).ClickAsync();
        await Page.Locator("[data-testid=select-none]").ClickAsync();
        // The server's re-render after "Kosongkan" would otherwise untick a box ticked before it arrived.
        var ticked = Page.Locator("input[data-company]:checked");
        await Assertions.Expect(ticked).ToHaveCountAsync(0);
        var ids = new List<(int Id, string Name)>();
        foreach (var name in names)
        {
            var box = Page.Locator($"input[data-company='{name}']");
            await box.CheckAsync();
            var testId = await box.GetAttributeAsync("data-testid") ?? "";
            ids.Add((int.Parse(testId["recipient-".Length..], System.Globalization.CultureInfo.InvariantCulture), name));
        }

        await Assertions.Expect(ticked).ToHaveCountAsync(3);
        // The app sends nothing: the office records when and how it sent the copies, and the button says so.
        await Assertions.Expect(Page.Locator("[data-testid=distribute-letter]")).ToHaveTextAsync("Catat distribusi");
        await Page.Locator("[data-testid=distribute-letter]").ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-dialog")).ToContainTextAsync("Aplikasi tidak mengirimkannya");
        await ConfirmAsync("Catat distribusi");
        await Assertions.Expect(Page.Locator("[data-testid=letter-status]")).ToHaveTextAsync("Didistribusikan");
        await Page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Penerima" }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=recipient-row]")).ToHaveCountAsync(3);
        await Assertions.Expect(Page.Locator("[data-testid=recipient-row]").First).ToContainTextAsync("(E-mail)");

        // Each company's copy is a PDF addressed to it.
        foreach (var (id, name) in ids)
        {
            var href = await Page.Locator($"[data-testid=copy-pdf-{id}]").GetAttributeAsync("href");
            Assert.Equal($"/dokumen/surat-edaran/{letterId}/perusahaan/{id}", href);
            var response = await Page.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            Assert.Equal("application/pdf", response.Headers["content-type"]);
            using var pdf = PdfDocument.Open(await response.BodyAsync());
            var text = string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text));
            Assert.Contains("Pimpinan " + name, text, StringComparison.Ordinal);
            foreach (var other in names.Where(n => n != name))
            {
                Assert.DoesNotContain(other, text, StringComparison.Ordinal);
            }
        }

        // The combined print file: the bar counts the copies, then the browser gets the file; the link streams it too.
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("[data-testid=combined-pdf]").ClickAsync());
        Assert.EndsWith("-gabungan.pdf", download.SuggestedFilename, StringComparison.Ordinal);
        await Assertions.Expect(Page.Locator("[data-testid=combined-pdf-status]")).ToHaveTextAsync("PDF gabungan siap: 3 salinan.");
        var combined = await Page.Context.APIRequest.GetAsync($"/dokumen/surat-edaran/{letterId}/gabungan");
        Assert.Equal(200, combined.Status);
        using (var all = PdfDocument.Open(await combined.BodyAsync()))
        {
            Assert.Equal(3, all.GetPages().Count(p => p.GetWords().Any(w => w.Text == "Yth.")));
        }

        // Who did what is told by name and role, never by login e-mail.
        await Page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Riwayat" }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=history]")).ToContainTextAsync("Rahmah Disnakerind (demo) (Petugas Disnakerind)");
        await Assertions.Expect(Page.Locator("[data-testid=history]")).ToContainTextAsync("Admin Demo (Administrator)");
        await Assertions.Expect(Page.Locator("[data-testid=history]")).Not.ToContainTextAsync("@demo.local");

        // The funnel counts three addressed companies, none of which has answered yet.
        await Page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Tanggapan" }).ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=funnel-addressed]")).ToHaveTextAsync("3");
        await Assertions.Expect(Page.Locator("[data-testid=non-responders] .mud-list-item")).ToHaveCountAsync(3);
        await SignOutAsync();

        // The first company answers in its inbox: what it did shows with its date instead of being offered again.
        await App.CreateUserAsync("csr.surat@e2e.local", "Csr", AppFixture.DemoPassword, companyIds[0]);
        await SignedInAsync("csr.surat@e2e.local");
        await Page.GotoAsync("/surat-masuk");
        await WaitForInteractiveAsync();
        await Page.Locator("[data-testid=my-ack]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=my-received]")).ToContainTextAsync("Diterima ");
        await Assertions.Expect(Page.Locator("[data-testid=my-ack]")).ToHaveCountAsync(0);
        await Page.Locator("[data-testid=my-pledge]").ClickAsync();
        await Page.Locator("[data-testid=pledge-workers] input, input[data-testid=pledge-workers]").First.FillAsync("1200");
        await ChooseAsync("pledge-months", "12 bulan");
        await Page.Locator("[data-testid=confirm-pledge]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=my-pledged]")).ToContainTextAsync("Komitmen 1.200 pekerja × 12 bulan");
        await Assertions.Expect(Page.Locator("[data-testid=my-pledge]")).ToHaveTextAsync("Ubah komitmen");
    }

    private async Task SignInAsDisnakerAsync()
    {
        await SignedInAsync("disnaker@demo.local");
    }

    private async Task SignInAsAdminAsync(string path)
    {
        await SignedInAsync("admin@demo.local");
        await Page.GotoAsync(path);
        await WaitForInteractiveAsync();
    }

    private async Task SubmitAsync()
    {
        await Page.Locator("[data-testid=submit-letter]").ClickAsync();
        await ConfirmAsync("Ajukan");
        await Assertions.Expect(Page.Locator("[data-testid=letter-status]")).ToHaveTextAsync("Diperiksa");
    }

    private async Task ConfirmAsync(string button) =>
        await Page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = button, Exact = true }).ClickAsync();

    private async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Keluar" }).ClickAsync();
        await WaitForSignInPageAsync();
    }
}
