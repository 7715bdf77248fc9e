using ClosedXML.Excel;
using CsrSponsorship.Core.Documents;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Audit;
using CsrSponsorship.Core.Features.Companies;
using CsrSponsorship.Core.Features.Invoicing;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Reports;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Features.Payments;
using CsrSponsorship.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsrSponsorship.Tests.BadInput;

// Every workbook the app writes, filled with the formula corpus: no cell holds a formula except the app's own column
// totals, every formula-looking text is a quote-prefixed text cell, and each stored text reads back as typed.
public sealed class FormulaCorpusTests(FormulaCorpusFixture fixture) : IClassFixture<FormulaCorpusFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task The_five_list_exports_show_every_formula_as_text()
    {
        App.ActAs(Roles.Disnakerind, userId: "disnaker-corpus");
        var exports = App.Get<ExportService>();

        var workers = Inert(await exports.WorkersAsync(new WorkerQuery()));
        var companies = Inert(await exports.CompaniesAsync(new CompanyQuery()));
        var sponsorships = Inert(await exports.SponsorshipsAsync(new SponsorshipQuery()));
        var invoices = Inert(await exports.InvoicesAsync(new InvoiceQuery()));
        var payments = Inert(await exports.PaymentsAsync(new PaymentQuery()));

        Literally(workers, fixture.WorkerNames, "Daftar Pekerja");
        Literally(companies, fixture.CompanyNames, "Daftar Perusahaan");
        Literally(companies, fixture.ContactNames, "Daftar Perusahaan (kontak)");
        Literally(sponsorships, fixture.WorkerNames, "Daftar Kepesertaan");
        Literally(sponsorships, fixture.CompanyNames, "Daftar Kepesertaan (pendana)");
        Literally(invoices, fixture.CompanyNames, "Daftar Tagihan");
        Literally(payments, fixture.BankReferences, "Daftar Pembayaran (referensi)");
        Literally(payments, fixture.ReversalReasons, "Daftar Pembayaran (alasan)");
    }

    [Fact]
    public async Task The_five_reports_show_every_formula_as_text()
    {
        App.ActAs(Roles.Keuangan, userId: "keuangan-corpus");
        var reports = App.Get<ReportService>();

        var rekap = Inert(await reports.RekapTagihanAsync(new YearMonth(2026, 6)));
        var pembayaran = Inert(await reports.PembayaranAsync(FormulaCorpusFixture.June1, new DateOnly(2026, 6, 30)));
        var peserta = Inert(await reports.PesertaDisponsoriAsync(new YearMonth(2026, 7)));
        Inert(await reports.CakupanWilayahAsync(new YearMonth(2026, 7)));
        Inert(await reports.IuranPerProgramAsync(2026));

        Literally(rekap, fixture.CompanyNames, "Rekap Tagihan");
        Literally(pembayaran, fixture.CompanyNames, "Pembayaran");
        Literally(pembayaran, fixture.BankReferences, "Pembayaran (referensi)");
        Literally(peserta, fixture.WorkerNames, "Peserta Disponsori");
        Literally(peserta, fixture.CompanyNames, "Peserta Disponsori (perusahaan)");
    }

    [Fact]
    public async Task Every_companys_CSR_statement_workbook_shows_its_formula_name_as_text()
    {
        App.ActAs(Roles.Keuangan, userId: "keuangan-corpus");
        var statements = App.Get<CsrStatementService>();
        for (var i = 0; i < fixture.CompanyIds.Count; i++)
        {
            var texts = Inert(await statements.ExcelAsync(fixture.CompanyIds[i], 2026));
            CorpusAssert.ShowsLiterally(texts, fixture.CompanyNames[i], $"Pernyataan CSR ({fixture.Cases[i].Id})");
        }
    }

    // The user name typed at a failed sign-in is the one column an anonymous visitor fills: the classic way to plant a
    // formula in the Admin's spreadsheet.
    [Fact]
    public async Task The_audit_export_shows_user_names_typed_at_sign_in_as_text()
    {
        App.ActAsAdmin();

        var texts = Inert(await App.Get<AuditService>().ExportAsync(new AuditQuery(Action: AuditService.SignInFailed)));

        Assert.Equal(fixture.Cases.Count, fixture.SignInNames.Count);
        Literally(texts, fixture.SignInNames, "Log Audit");
    }

    [Fact]
    public async Task The_import_error_report_shows_the_uploaded_formulas_as_text()
    {
        App.ActAs(Roles.Loket, userId: "loket-corpus");
        var import = App.Get<WorkerImportService>();
        using var builder = await WorkbookBuilder.FromTemplateAsync(import);
        foreach (var (formula, i) in fixture.Cases.Select((f, i) => (f, i)))
        {
            builder.Add(new ImportRowBuilder(serial: 5001 + i)
                .With(WorkerImportColumns.Nik, formula.Text)
                .With(WorkerImportColumns.FullName, formula.Text)
                .With(WorkerImportColumns.Address, formula.Text)
                .With(WorkerImportColumns.Notes, formula.Text));
        }

        var file = builder.Build();
        var preview = await import.PreviewAsync(new MemoryStream(file), "rumus.xlsx", file.Length);
        Assert.Equal(fixture.Cases.Count, preview.ErrorCount);

        var texts = CorpusAssert.WorkbookIsInert(import.BuildErrorReport(preview), "Laporan kesalahan impor");

        Literally(texts, preview.Rows.SelectMany(r => r.Cells).Where(CorpusAssert.LooksLikeFormula), "Laporan kesalahan impor");
        Assert.All(fixture.Cases.Where(f => f.Text.Trim().Length > 0), f => Assert.Contains(preview.Rows, r => r.Cells.Contains(CorpusAssert.AsReadBack(f.Text))));
    }

    // A real formula in an uploaded sheet is never evaluated: the reader takes the value the file stores for it (none
    // here), so "=1+1" in the NIK column is an empty NIK, not 2.
    [Fact]
    public async Task A_formula_cell_in_an_uploaded_sheet_is_read_as_its_stored_value_never_evaluated()
    {
        App.ActAs(Roles.Loket, userId: "loket-corpus");
        var import = App.Get<WorkerImportService>();
        using var builder = await WorkbookBuilder.FromTemplateAsync(import);
        var file = builder.Add(new ImportRowBuilder(serial: 5101)).Build();
        file = WithFormula(file, "A2", "1+1", cached: null);
        file = WithFormula(file, "B2", "HYPERLINK(\"http://contoh.invalid\",\"klik\")", cached: "=HYPERLINK(\"http://contoh.invalid\",\"klik\")");

        var preview = await import.PreviewAsync(new MemoryStream(file), "rumus.xlsx", file.Length);

        var row = Assert.Single(preview.Rows);
        Assert.Contains(row.Errors, e => e.Message == "NIK wajib diisi.");
        Assert.Equal("=HYPERLINK(\"http://contoh.invalid\",\"klik\")", row.FullName);
        var texts = CorpusAssert.WorkbookIsInert(import.BuildErrorReport(preview), "Laporan kesalahan impor (sel rumus)");
        CorpusAssert.ShowsLiterally(texts, row.FullName, "Laporan kesalahan impor (sel rumus)");
    }

    [Fact]
    public async Task The_BPJS_mismatch_workbook_shows_formula_names_and_uploaded_formulas_as_text()
    {
        App.ActAs(Roles.Keuangan, userId: "keuangan-corpus");
        var reconciliation = App.Get<BpjsReconciliationService>();
        var list = new BpjsListBuilder();
        foreach (var (formula, i) in fixture.Cases.Select((f, i) => (f, i)))
        {
            list.Row(fixture.WorkerNiks[i], formula.Text, formula.Text, formula.Text);
        }

        var file = list.Build();
        var report = await reconciliation.PreviewAsync(new MemoryStream(file), "bpjs.xlsx", file.Length);

        var texts = CorpusAssert.WorkbookIsInert(reconciliation.BuildMismatchReport(report), "Selisih BPJS");
        Literally(texts, fixture.WorkerNames, "Selisih BPJS");
        CorpusAssert.WorkbookIsInert(await reconciliation.BuildTemplateAsync(), "Templat BPJS");
        App.ActAs(Roles.Loket, userId: "loket-corpus");
        CorpusAssert.WorkbookIsInert(await App.Get<WorkerImportService>().BuildTemplateAsync(), "Templat impor");
    }

    private static HashSet<string> Inert(RenderedDocument document) => CorpusAssert.WorkbookIsInert(document.Content, document.FileName);

    private static void Literally(HashSet<string> texts, IEnumerable<string> expected, string what)
    {
        foreach (var text in expected)
        {
            CorpusAssert.ShowsLiterally(texts, text, what);
        }
    }

    private static byte[] WithFormula(byte[] xlsx, string reference, string formula, string? cached)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheetId = workbook.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == WorkerImportColumns.DataSheet).Id;
            var part = workbook.WorksheetParts.First(p => workbook.GetIdOfPart(p) == sheetId);
            var cell = part.Worksheet.Descendants<Cell>().First(c => c.CellReference == reference);
            cell.RemoveAllChildren();
            cell.DataType = cached is null ? null : CellValues.String;
            cell.CellFormula = new CellFormula(formula);
            if (cached is not null)
            {
                cell.CellValue = new CellValue(cached);
            }

            part.Worksheet.Save();
        }

        return stream.ToArray();
    }
}
