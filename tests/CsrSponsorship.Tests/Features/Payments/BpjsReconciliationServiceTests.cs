using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Companies;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Payments;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Payments;
using CsrSponsorship.Core.Features.Sponsorships;
using CsrSponsorship.Tests.Features.Invoicing;
using CsrSponsorship.Tests.Features.Sponsorships;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Payments;

public sealed class BpjsReconciliationServiceTests : IAsyncLifetime
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private static readonly DateOnly June5 = new(2026, 6, 5);
    private static readonly DateOnly August10 = new(2026, 8, 10);
    private static readonly YearMonth December2026 = new(2026, 12);

    private TestApp app = default!;
    private Company company = default!;

    // Two workers sponsored July–December 2026, invoice paid in full on 5 June.
    private (int Id, string Nik) sponsoredA;
    private (int Id, string Nik) sponsoredB;

    private BpjsReconciliationService Reconciliation => app.Get<BpjsReconciliationService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.Clock.SetWitaDate(June1);
        company = await app.CompanyAsync("PT Penyokong");
        var invoiceId = await app.IssuedInvoiceAsync(company, workers: 2, start: InvoiceTestData.July2026, months: 6);
        app.Clock.SetWitaDate(June5);
        app.ActAsKeuangan();
        await using (var db = await app.DbAsync())
        {
            var total = await db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Total).SingleAsync();
            await app.Get<PaymentService>().RecordAsync(invoiceId, new PaymentInput(June5, total, PaymentMethod.TransferBpjs, "TRX-REKON-1"));
            var sponsored = await db.Sponsorships.OrderBy(s => s.Id).Join(db.Workers, s => s.WorkerId, w => w.Id, (s, w) => new { w.Id, w.Nik }).ToListAsync();
            sponsoredA = (sponsored[0].Id, sponsored[0].Nik);
            sponsoredB = (sponsored[1].Id, sponsored[1].Nik);
        }

        app.Clock.SetWitaDate(August10);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Rows_are_matched_by_NIK_and_missing_KPJ_numbers_are_filled_once()
    {
        var first = await WorkerAsync();
        var second = await WorkerAsync();
        var known = await WorkerAsync(kpj: "11000000003");
        var file = new BpjsListBuilder()
            .Row(first.Nik, "11000000001")
            .Row(second.Nik, "11000000002")
            .Row(known.Nik, "11000000003")
            .Row(first.Nik, "11000000001") // listed twice with the same number: not a conflict
            .Build();

        var report = await PreviewAsync(file);

        Assert.Equal((4, 4, 2, 1), (report.RowsRead, report.Matched, report.KpjToFill, report.KpjAlreadyEqual));
        Assert.Empty(Rows(report));

        var applied = await Reconciliation.ApplyAsync(report);
        var again = await Reconciliation.ApplyAsync(report);
        var fresh = await PreviewAsync(file);

        Assert.Equal(new ReconciliationApplied(2, 0, 0), applied);
        Assert.Equal(new ReconciliationApplied(0, 2, 0), again);
        Assert.Equal((0, 3), (fresh.KpjToFill, fresh.KpjAlreadyEqual));
        await using var db = await app.DbAsync();
        Assert.Equal("11000000001", await db.Workers.Where(w => w.Id == first.Id).Select(w => w.Kpj).SingleAsync());
        Assert.Equal("11000000002", await db.Workers.Where(w => w.Id == second.Id).Select(w => w.Kpj).SingleAsync());
        var events = await db.WorkerEvents.Where(e => e.Description.StartsWith("Nomor KPJ")).ToListAsync();
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.WorkerId == first.Id && e.UserId == "keuangan-1"
            && e.Description == "Nomor KPJ 11000000001 diisi dari rekonsiliasi data BPJS Ketenagakerjaan (berkas bpjs.xlsx).");
    }

    [Fact]
    public async Task Every_list_matched_by_NIK_is_on_the_audit_log_with_its_fingerprint_and_no_NIK()
    {
        // Matching by full NIK tells which NIKs of a file are registered, so a list of guesses would test them.
        var report = await PreviewAsync(new BpjsListBuilder().Row(sponsoredA.Nik, "14000000001").Row(SyntheticNik.Make(4322, 40).Nik, "14000000002").Build());

        await using var db = await app.DbAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == Core.Features.Audit.AuditService.BpjsListChecked);
        Assert.Equal(("keuangan-1", "BpjsList"), (entry.UserId, entry.EntityType));
        Assert.Equal($"bpjs.xlsx; 2 baris, 1 cocok; SHA-256 {report.Sha256}", entry.After);
        Assert.DoesNotContain(sponsoredA.Nik, entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_NIK_is_listed_masked_and_never_filled()
    {
        var (nik, _) = SyntheticNik.Make(4321, 40);

        var report = await PreviewAsync(new BpjsListBuilder().Row(nik, "12000000001").Build());

        var finding = Assert.Single(Rows(report));
        Assert.Equal(MismatchKind.NikTidakDikenal, finding.Kind);
        Assert.Equal(NikMask.Mask(nik), finding.MaskedNik);
        Assert.Null(finding.WorkerName);
        Assert.Equal((1, 0, 0), (report.RowsRead, report.Matched, report.KpjToFill));
        Assert.Equal(1, report.CountsByKind[MismatchKind.NikTidakDikenal]);
    }

    [Fact]
    public async Task A_paid_through_month_before_the_end_of_a_started_sponsorship_is_underpaid()
    {
        var file = new BpjsListBuilder()
            .Row(sponsoredA.Nik, "13000000001", "aktif", "2026-09")
            .Row(sponsoredB.Nik, "13000000002", "aktif", "Desember 2026")
            .Build();

        var report = await PreviewAsync(file);

        var finding = Assert.Single(Rows(report));
        Assert.Equal(MismatchKind.DibayarKurang, finding.Kind);
        Assert.Equal(sponsoredA.Id, finding.WorkerId);
        Assert.Equal((new YearMonth(2026, 9), December2026), (finding.PaidThrough, finding.ExpectedMonth));
        Assert.Equal(
            "BPJS mencatat iuran dibayar sampai September 2026, padahal kepesertaan yang disponsori berjalan sampai Desember 2026. Periksa apakah pembayaran sudah diteruskan ke BPJS.",
            finding.Message);
        // An underpaid month is a question for BPJS, not a doubt about the KPJ number: both are filled.
        Assert.Equal(2, report.KpjToFill);
    }

    [Fact]
    public async Task A_sponsorship_that_has_not_started_expects_nothing_yet_and_an_ended_one_still_does()
    {
        var file = new BpjsListBuilder().Row(sponsoredA.Nik, "13000000001", "nonaktif", null).Build();

        app.Clock.SetWitaDate(new DateOnly(2026, 6, 20));
        var beforeStart = await PreviewAsync(file);
        app.Clock.SetWitaDate(new DateOnly(2027, 2, 10));
        var afterEnd = await PreviewAsync(file);

        Assert.Empty(Rows(beforeStart));
        var finding = Assert.Single(Rows(afterEnd));
        Assert.Equal((MismatchKind.DibayarKurang, (YearMonth?)null, (YearMonth?)December2026), (finding.Kind, finding.PaidThrough, finding.ExpectedMonth));
        Assert.StartsWith("BPJS belum mencatat iuran yang dibayar", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nonaktif_at_BPJS_while_a_sponsorship_covers_this_month_is_a_mismatch()
    {
        var notStarted = await WorkerAsync();
        var file = new BpjsListBuilder()
            .Row(sponsoredA.Nik, "14000000001", "Nonaktif", "2026-12")
            .Row(notStarted.Nik, "14000000002", "NONAKTIF", null)
            .Build();

        var report = await PreviewAsync(file);

        var finding = Assert.Single(Rows(report));
        Assert.Equal((MismatchKind.StatusNonaktif, sponsoredA.Id, BpjsStatus.Nonaktif), (finding.Kind, finding.WorkerId, finding.Status));
        Assert.Equal("BPJS mencatat kepesertaan nonaktif, padahal kepesertaan disponsori aktif Juli 2026–Desember 2026.", finding.Message);
    }

    [Fact]
    public async Task One_NIK_with_two_KPJ_numbers_or_one_KPJ_on_two_NIKs_is_flagged_and_not_filled()
    {
        var twoNumbers = await WorkerAsync();
        var sharerA = await WorkerAsync();
        var sharerB = await WorkerAsync();
        var clean = await WorkerAsync();
        var file = new BpjsListBuilder()
            .Row(twoNumbers.Nik, "15000000001")
            .Row(twoNumbers.Nik, "15000000002")
            .Row(sharerA.Nik, "15000000009")
            .Row(sharerB.Nik, "15000000009")
            .Row(clean.Nik, "15000000005")
            .Build();

        var report = await PreviewAsync(file);

        Assert.Equal(new int?[] { 2, 3, 4, 5 }, Rows(report).Select(m => m.RowNumber));
        Assert.All(Rows(report), m => Assert.Equal(MismatchKind.KpjGanda, m.Kind));
        Assert.Equal(
            "NIK ini juga tercantum dengan KPJ lain: 15000000002 (baris 3). Satu orang seharusnya hanya memiliki satu KPJ.",
            Rows(report)[0].Message);
        Assert.Equal(
            $"KPJ 15000000009 juga tercantum untuk NIK lain: {NikMask.Mask(sharerB.Nik)} (baris 5). Satu orang seharusnya hanya memiliki satu KPJ.",
            Rows(report)[2].Message);
        Assert.Equal(1, report.KpjToFill);

        await Reconciliation.ApplyAsync(report);
        await using var db = await app.DbAsync();
        Assert.Equal(new[] { "15000000005" }, await db.Workers.Where(w => w.Kpj != null).Select(w => w.Kpj!).ToListAsync());
    }

    [Fact]
    public async Task A_KPJ_number_that_already_belongs_to_another_worker_is_a_double()
    {
        var holder = await WorkerAsync(kpj: "16000000001");
        var other = await WorkerAsync();

        var report = await PreviewAsync(new BpjsListBuilder().Row(other.Nik, "16000000001").Build());

        var finding = Assert.Single(Rows(report));
        Assert.Equal(MismatchKind.KpjGanda, finding.Kind);
        Assert.Contains($"sudah tercatat di aplikasi untuk pekerja lain: {holder.Name} (NIK {NikMask.Mask(holder.Nik)})", finding.Message, StringComparison.Ordinal);
        Assert.Equal(0, report.KpjToFill);
    }

    [Fact]
    public async Task A_worker_who_already_has_another_KPJ_is_reported_and_never_overwritten()
    {
        var worker = await WorkerAsync(kpj: "17000000001");

        var report = await PreviewAsync(new BpjsListBuilder().Row(worker.Nik, "17000000002").Build());
        var applied = await Reconciliation.ApplyAsync(report);

        var finding = Assert.Single(Rows(report));
        Assert.Equal((MismatchKind.KpjBerbeda, worker.Name), (finding.Kind, finding.WorkerName));
        Assert.Contains("sudah memiliki KPJ 17000000001, sedangkan BPJS mencantumkan 17000000002", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new ReconciliationApplied(0, 0, 0), applied);
        await using var db = await app.DbAsync();
        Assert.Equal("17000000001", await db.Workers.Where(w => w.Id == worker.Id).Select(w => w.Kpj).SingleAsync());
    }

    [Fact]
    public async Task A_worker_who_got_a_KPJ_after_the_preview_is_skipped_not_overwritten()
    {
        var worker = await WorkerAsync();
        var report = await PreviewAsync(new BpjsListBuilder().Row(worker.Nik, "18000000001").Build());
        await using (var db = await app.DbAsync())
        {
            (await db.Workers.SingleAsync(w => w.Id == worker.Id)).AssignKpj("18000000099");
            await db.SaveChangesAsync();
        }

        var applied = await Reconciliation.ApplyAsync(report);

        Assert.Equal(new ReconciliationApplied(0, 0, 1), applied);
        await using var after = await app.DbAsync();
        Assert.Equal("18000000099", await after.Workers.Where(w => w.Id == worker.Id).Select(w => w.Kpj).SingleAsync());
    }

    [Fact]
    public async Task Headers_statuses_and_months_are_understood_in_the_forms_people_write_them()
    {
        var niks = Enumerable.Range(0, 6).Select(i => SyntheticNik.Make(5000 + i, 35).Nik).ToList();
        var file = new BpjsListBuilder()
            .WithHeaders("  nik ", "No. KPJ", "STATUS", "dibayar s/d")
            .Row(niks[0], "19000000001", "AKTIF", "2026-12")
            .Row(niks[1], "19000000002", "aktif", "12/2026")
            .Row(niks[2], "19000000003", "Non-aktif", "Desember 2026")
            .Row(niks[3], "19000000004", "aktif", new DateTime(2026, 12, 31))
            .Row(niks[4], 19000000005d, "aktif", "Des 2026")
            .Row($" {niks[5]}\u00A0", "190 0000 0006", "aktif", "15-12-2026")
            .Build();

        var report = await PreviewAsync(file);

        Assert.Equal(6, Rows(report).Count);
        Assert.All(Rows(report), m => Assert.Equal((MismatchKind.NikTidakDikenal, (YearMonth?)December2026), (m.Kind, m.PaidThrough)));
        Assert.Equal(BpjsStatus.Nonaktif, Rows(report)[2].Status);
        Assert.Equal("19000000005", Rows(report)[4].Kpj);
        Assert.Equal("19000000006", Rows(report)[5].Kpj);
        Assert.Equal(NikMask.Mask(niks[5]), Rows(report)[5].MaskedNik);
    }

    [Fact]
    public async Task Unreadable_rows_are_reported_without_their_NIK_and_the_rest_still_reconciles()
    {
        var worker = await WorkerAsync();
        var file = new BpjsListBuilder()
            .Row("63010212345", "20000000001")
            .Row(worker.Nik, "200000001", "aktif")
            .Row(worker.Nik, "20000000003", "keluar")
            .Row(worker.Nik, "20000000004", "aktif", "akhir tahun")
            .Row(6301020101900000d, "20000000005")
            .Build();

        var report = await PreviewAsync(file);

        Assert.All(Rows(report), m => Assert.Equal(MismatchKind.DataTidakValid, m.Kind));
        Assert.Equal(
            new[]
            {
                "NIK harus 16 angka; yang tertulis 11 karakter.",
                "No. KPJ harus 11 angka; yang tertulis 9 karakter.",
                "Status \"keluar\" tidak dikenal; isi aktif atau nonaktif.",
                "Dibayar s.d. \"akhir tahun\" tidak dikenali sebagai bulan; tulis misalnya 2026-12, 12/2026, atau Desember 2026.",
                "NIK tersimpan sebagai angka sehingga Excel dapat sudah mengubah angka terakhirnya. Format kolom NIK sebagai Teks lalu salin ulang dari data BPJS.",
            },
            Rows(report).Select(m => m.Message));
        Assert.Equal(worker.Name, Rows(report)[1].WorkerName);
        Assert.Equal(new string('•', 16), Rows(report)[0].MaskedNik);
        Assert.Equal(0, report.Matched);
    }

    [Fact]
    public async Task Only_masked_NIKs_leave_the_service_in_the_report_and_its_download()
    {
        var holder = await WorkerAsync(kpj: "21000000001");
        var worker = await WorkerAsync();
        var unknown = SyntheticNik.Make(6001, 50).Nik;
        var file = new BpjsListBuilder()
            .Row(worker.Nik, "21000000001")
            .Row(unknown, "21000000002")
            .Row(sponsoredA.Nik, "21000000003", "nonaktif", "2026-08")
            .Build();
        var everyNik = new[] { holder.Nik, worker.Nik, unknown, sponsoredA.Nik, sponsoredB.Nik };

        var report = await PreviewAsync(file);
        using var download = new XLWorkbook(new MemoryStream(Reconciliation.BuildMismatchReport(report)));

        Assert.Equal(5, report.Mismatches.Count); // four about rows, one about sponsored B missing from the list
        var texts = report.Mismatches.SelectMany(m => new[] { m.MaskedNik, m.Message, m.WorkerName ?? "" }).ToList();
        var sheet = download.Worksheet(BpjsReconciliationWorkbook.FindingsSheet);
        texts.AddRange(download.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
        Assert.DoesNotContain(texts, t => everyNik.Any(nik => t.Contains(nik, StringComparison.Ordinal)));
        Assert.Equal(BpjsReconciliationWorkbook.ReportHeaders, sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(6, sheet.LastRowUsed().RowNumber());
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(NikMask.Mask(worker.Nik), sheet.Cell(2, 3).GetString());
        Assert.Equal((XLDataType.Text, XLDataType.Text), (sheet.Cell(2, 3).DataType, sheet.Cell(2, 5).DataType));
        Assert.Equal("21000000001", sheet.Cell(2, 5).GetString());
    }

    [Fact]
    public async Task A_registered_worker_nobody_sponsored_is_not_matched_and_gets_no_KPJ()
    {
        var unsponsored = await WorkerAsync(sponsored: false);

        var report = await PreviewAsync(new BpjsListBuilder().Row(unsponsored.Nik, "22000000001").Row(sponsoredA.Nik, "22000000002", "aktif", "2026-12").Build());
        var applied = await Reconciliation.ApplyAsync(report);

        var finding = Assert.Single(Rows(report));
        Assert.Equal((MismatchKind.TidakDisponsori, (int?)2, unsponsored.Id), (finding.Kind, finding.RowNumber, finding.WorkerId));
        Assert.Contains("belum pernah disponsori", finding.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (report.Matched, report.KpjToFill));
        Assert.Equal(new ReconciliationApplied(1, 0, 0), applied);
        await using var db = await app.DbAsync();
        Assert.Null(await db.Workers.Where(w => w.Id == unsponsored.Id).Select(w => w.Kpj).SingleAsync());
    }

    [Fact]
    public async Task A_started_sponsored_worker_missing_from_the_list_is_reported_and_a_future_one_is_not()
    {
        var notStarted = await WorkerAsync();

        var report = await PreviewAsync(new BpjsListBuilder().Row(sponsoredA.Nik, "23000000001", "aktif", "2026-12").Build());
        using var download = new XLWorkbook(new MemoryStream(Reconciliation.BuildMismatchReport(report)));

        var finding = Assert.Single(report.Mismatches);
        Assert.Equal((MismatchKind.TidakAdaDiBpjs, (int?)null, sponsoredB.Id), (finding.Kind, finding.RowNumber, finding.WorkerId));
        Assert.Equal(((YearMonth?)null, (YearMonth?)December2026), (finding.PaidThrough, finding.ExpectedMonth));
        Assert.Equal(NikMask.Mask(sponsoredB.Nik), finding.MaskedNik);
        Assert.Equal(
            "Kepesertaan yang disponsori berjalan Juli 2026–Desember 2026, tetapi pekerja ini tidak tercantum dalam daftar BPJS. Periksa apakah ia sudah didaftarkan dan iurannya sudah diterima BPJS.",
            finding.Message);
        Assert.DoesNotContain(report.Mismatches, m => m.WorkerId == notStarted.Id);
        Assert.Equal(1, report.CountsByKind[MismatchKind.TidakAdaDiBpjs]);
        var sheet = download.Worksheet(BpjsReconciliationWorkbook.FindingsSheet);
        Assert.True(sheet.Cell(2, 1).IsEmpty());
        Assert.Equal("Tidak ada di daftar BPJS", sheet.Cell(2, 2).GetString());
    }

    [Fact]
    public void Formula_text_in_the_mismatch_report_is_neutralised()
    {
        const string Formula = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";
        var bytes = BpjsReconciliationWorkbook.BuildMismatchReport(new MismatchReportModel(
            "bpjs.xlsx", [new MismatchReportRow(2, "Data tidak valid", "630102••••••0001", Formula, "", "", "", "", "+1 lagi")], []));

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(BpjsReconciliationWorkbook.FindingsSheet);

        Assert.All(new[] { sheet.Cell(2, 4), sheet.Cell(2, 9) }, cell =>
        {
            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.True(cell.Style.IncludeQuotePrefix);
        });
        Assert.Equal(Formula, sheet.Cell(2, 4).GetString());
    }

    [Theory]
    [InlineData(Roles.Csr)]
    [InlineData(Roles.Loket)]
    public async Task Company_and_desk_users_cannot_reconcile(string role)
    {
        var report = await PreviewAsync(new BpjsListBuilder().Row(sponsoredA.Nik, "22000000001").Build());
        app.ActAs(role, companyId: role == Roles.Csr ? 1 : null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Reconciliation.PreviewAsync(new UnreadableStream(), "bpjs.xlsx", 10));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Reconciliation.ApplyAsync(report));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Reconciliation.BuildTemplateAsync());
    }

    [Theory]
    [InlineData(Roles.Disnakerind)]
    [InlineData(Roles.Admin)]
    public async Task The_labour_office_and_the_administrator_may_reconcile(string role)
    {
        app.ActAs(role);

        var report = await PreviewAsync(new BpjsListBuilder().Row(sponsoredA.Nik, "22000000002").Build());

        Assert.Equal(1, (await Reconciliation.ApplyAsync(report)).Filled);
    }

    [Theory]
    [InlineData("bpjs.xls")]
    [InlineData("bpjs.csv")]
    [InlineData("bpjs")]
    public async Task Files_not_named_xlsx_are_refused_before_reading(string name)
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Reconciliation.PreviewAsync(new UnreadableStream(), name, 1000));
        Assert.StartsWith("Hanya berkas Excel .xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_over_10_MB_are_refused_before_reading()
    {
        var error = await Assert.ThrowsAsync<DomainException>(
            () => Reconciliation.PreviewAsync(new UnreadableStream(), "bpjs.xlsx", BpjsReconciliationService.MaxFileBytes + 1));
        Assert.Equal("Berkas terlalu besar (10,0 MB); batasnya 10 MB. Bagi data menjadi beberapa berkas.", error.Message);
    }

    [Fact]
    public async Task A_text_file_or_a_zip_that_is_not_a_workbook_is_refused_by_its_content()
    {
        var text = Encoding.UTF8.GetBytes("NIK;KPJ;Status;Dibayar s.d.\n");
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("catatan.txt").OpenAsync();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("bukan excel"));
        }

        var textError = await Assert.ThrowsAsync<DomainException>(() => PreviewAsync(text));
        var zipError = await Assert.ThrowsAsync<DomainException>(() => PreviewAsync(zip.ToArray()));

        Assert.StartsWith("Isi berkas bukan berkas Excel .xlsx", textError.Message, StringComparison.Ordinal);
        Assert.StartsWith("Isi berkas bukan berkas Excel .xlsx", zipError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_workbook_part_is_refused_as_unreadable()
    {
        var bytes = new BpjsListBuilder().Row(sponsoredA.Nik, "23000000001").Build();
        var broken = new MemoryStream();
        broken.Write(bytes);
        using (var archive = new ZipArchive(broken, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = archive.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            sheet.Delete();
            await using var entry = await archive.CreateEntry("xl/worksheets/sheet1.xml").OpenAsync();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("<worksheet><sheetData><row>"));
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => PreviewAsync(broken.ToArray()));

        Assert.StartsWith("Berkas Excel tidak dapat dibaca", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_without_the_KPJ_and_paid_through_columns_is_refused_naming_them()
    {
        var file = new BpjsListBuilder().WithHeaders("NIK", "Nomor Peserta", "Status", "Bulan").Row(sponsoredA.Nik, "24000000001").Build();

        var error = await Assert.ThrowsAsync<DomainException>(() => PreviewAsync(file));

        Assert.StartsWith("Kolom berikut tidak ditemukan pada baris judul (baris 1): \"KPJ\", \"Dibayar s.d.\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_with_headers_only_is_refused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => PreviewAsync(new BpjsListBuilder().Build()));
        Assert.Equal("Berkas tidak berisi baris data di bawah baris judul.", error.Message);
    }

    [Fact]
    public async Task The_template_has_the_four_columns_with_text_NIK_and_KPJ_and_reads_back_empty()
    {
        using var template = new XLWorkbook(new MemoryStream(await Reconciliation.BuildTemplateAsync()));

        var sheet = template.Worksheet(BpjsReconciliationWorkbook.DataSheet);
        Assert.Equal(BpjsListColumns.All, sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(("@", "@"), (sheet.Cell(2, 1).Style.NumberFormat.Format, sheet.Cell(2, 2).Style.NumberFormat.Format));
    }

    private async Task<ReconciliationReport> PreviewAsync(byte[] bytes, string name = "bpjs.xlsx") =>
        await Reconciliation.PreviewAsync(new MemoryStream(bytes), name, bytes.Length);

    // Findings about rows of the file, leaving out sponsored workers missing from it (sponsored A and B in most tests).
    private static List<ReconciliationMismatch> Rows(ReconciliationReport report) => report.Mismatches.Where(m => m.RowNumber is not null).ToList();

    // A verified worker the company has adopted from September 2026 (not started yet on 10 August, so BPJS owes
    // nothing yet); unsponsored, one nobody ever sponsored. With kpj, one whose number the registry already knows.
    private async Task<(int Id, string Nik, string Name)> WorkerAsync(string? kpj = null, bool sponsored = true)
    {
        var id = await app.VerifiedWorkerAsync();
        if (sponsored)
        {
            var caller = app.CurrentUser.Caller;
            app.ActAsCsrOf(company);
            await app.Get<AdoptionService>().SubmitAsync(new AdoptionRequest([id], new AdoptionTerms(false, new YearMonth(2026, 9), 6)));
            app.CurrentUser.Caller = caller;
        }

        await using var db = await app.DbAsync();
        var worker = await db.Workers.SingleAsync(w => w.Id == id);
        if (kpj is not null)
        {
            worker.AssignKpj(kpj);
            await db.SaveChangesAsync();
        }

        return (id, worker.Nik, worker.FullName);
    }
}
