using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Workers;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Tests.Features.Workers;

public sealed class WorkerImportTests : IAsyncLifetime
{
    private TestApp app = default!;

    private WorkerImportService Import => app.Get<WorkerImportService>();

    public async Task InitializeAsync()
    {
        app = await TestApp.StartAsync();
        app.ActAs(Roles.Loket, userId: "loket-1");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Twenty_rows_with_three_bad_ones_preview_three_errors_and_import_the_other_seventeen()
    {
        var rows = Enumerable.Range(1, 20).Select(i => new ImportRowBuilder(serial: i, female: i % 2 == 0)).ToList();
        rows[4].With(WorkerImportColumns.Nik, "630102010190001");          // 15 digits, Excel row 6
        rows[9] = new ImportRowBuilder(serial: 10, age: 70);               // too old, Excel row 11
        rows[14] = new ImportRowBuilder(serial: 3);                         // same person as Excel row 4, here row 16

        var preview = await PreviewAsync(await FileAsync(rows));

        Assert.Equal(20, preview.Rows.Count);
        Assert.Equal(17, preview.ValidCount);
        Assert.Equal(3, preview.ErrorCount);
        var bad = preview.Rows.Where(r => !r.IsValid).ToList();
        Assert.Equal([6, 11, 16], bad.Select(r => r.RowNumber));
        Assert.Equal("NIK harus terdiri dari 16 angka; yang diisi 15 angka.", Assert.Single(bad[0].Errors).Message);
        var age = Assert.Single(bad[1].Errors);
        Assert.Equal("Tanggal Lahir", age.Field);
        Assert.Equal("Tanggal Lahir: Usia pekerja 70 tahun; program ini untuk usia 18–65 tahun.", age.Message);
        Assert.Equal("NIK sama dengan baris 4; satu NIK hanya untuk satu pekerja.", Assert.Single(bad[2].Errors).Message);
        Assert.Equal(rows[0].Nik, preview.Rows[0].Nik);
        Assert.Equal(WorkerImportColumns.All.Select(c => c.Header), preview.Headers);

        var outcome = await Import.ImportValidRowsAsync(preview);

        Assert.Equal(17, outcome.Imported);
        Assert.Equal(preview.BatchId, outcome.BatchId);
        await using var db = await app.DbAsync();
        var workers = await db.Workers.AsNoTracking().ToListAsync();
        Assert.Equal(17, workers.Count);
        Assert.All(workers, w => Assert.Equal(preview.BatchId, w.ImportBatchId));
        Assert.All(workers, w => Assert.Equal("loket-1", w.RegisteredByUserId));
        var second = workers.Single(w => w.Nik == rows[1].Nik);
        Assert.Equal(Sex.Female, second.Sex);
        Assert.Equal("63.01.02.2003", second.DesaCode);
        Assert.Equal("63.01.02", second.KecamatanCode);
        Assert.Equal("nelayan", second.OccupationCode);
        Assert.Equal("6281200000002", second.Phone);
        Assert.Equal(Provenance.Loket, second.Provenance);
        var events = await db.WorkerEvents.AsNoTracking().Where(e => e.Description.StartsWith("Diimpor dari berkas")).ToListAsync();
        Assert.Equal(17, events.Count);
        Assert.All(events, e => Assert.Equal("Diimpor dari berkas pekerja.xlsx.", e.Description));
    }

    [Fact]
    public async Task The_import_happens_as_previewed_or_not_at_all()
    {
        var rows = Enumerable.Range(101, 5).Select(i => new ImportRowBuilder(serial: i)).ToList();
        var preview = await PreviewAsync(await FileAsync(rows));
        Assert.Equal(5, preview.ValidCount);

        // Someone registers one of the previewed NIKs at the desk before the import is confirmed.
        var sameNik = WorkerValidator.Validate(
            new WorkerDraft
            {
                Nik = rows[2].Nik, FullName = "Orang Lain", BirthPlace = "Kintap", DesaCode = "63.01.07.2002", Address = "Jl. Lain",
                OccupationCode = "petani", Provenance = Provenance.Loket, ConsentCollectedBy = "Petugas", ConsentCollectedOn = SyntheticNik.TodayWita,
            },
            new Dictionary<string, DesaInfo> { ["63.01.07.2002"] = new("63.01.07.2002", "Kintap", "63.01.07", "Kintap", true) },
            new WorkerRulesOptions(),
            SyntheticNik.TodayWita).Value!;
        await app.InsertAsync(Worker.Register(sameNik, "loket-2", DateTime.UtcNow));

        var error = await Assert.ThrowsAsync<DomainException>(() => Import.ImportValidRowsAsync(preview));

        Assert.Equal(
            $"Data berubah sejak pratinjau: NIK {rows[2].Nik} sudah terdaftar. Ulangi pratinjau; tidak ada baris yang diimpor.",
            error.Message);
        await using var db = await app.DbAsync();
        Assert.Equal(1, await db.Workers.CountAsync());
        Assert.Equal(0, await db.WorkerEvents.CountAsync());
    }

    [Fact]
    public async Task A_preview_that_says_another_officers_NIKs_exist_is_on_the_audit_log_and_names_nobody()
    {
        var file = await FileAsync(Enumerable.Range(301, 3).Select(i => new ImportRowBuilder(serial: i)));
        await Import.ImportValidRowsAsync(await PreviewAsync(file));
        var own = await PreviewAsync(file);

        app.ActAs(Roles.Loket, userId: "loket-2");
        var other = await PreviewAsync(file);

        // Both desks are told the NIKs exist (the rule needs it); neither is told whose they are.
        Assert.All(own.Rows.Concat(other.Rows), r => Assert.Equal("NIK sudah terdaftar; satu NIK hanya untuk satu pekerja.", Assert.Single(r.Errors).Message));
        await using var db = await app.DbAsync();
        var ids = await db.Workers.OrderBy(w => w.Id).Select(w => w.Id).ToListAsync();
        var logged = await db.AuditEntries.Where(a => a.Action == Core.Features.Audit.AuditService.DuplicateNikRefused).ToListAsync();
        var entry = Assert.Single(logged);
        Assert.Equal("loket-2", entry.UserId);
        Assert.Equal($"Pratinjau impor pekerja.xlsx: pekerja #{string.Join(", #", ids)}", entry.After);
    }

    [Fact]
    public async Task Importing_the_same_file_again_creates_no_duplicates()
    {
        var file = await FileAsync(Enumerable.Range(201, 6).Select(i => new ImportRowBuilder(serial: i)));
        var first = await PreviewAsync(file);
        await Import.ImportValidRowsAsync(first);

        var again = await Import.ImportValidRowsAsync(first).ContinueWith(t => t.Exception?.InnerException);
        Assert.Equal("Berkas ini sudah diimpor.", Assert.IsType<DomainException>(again).Message);

        var second = await PreviewAsync(file);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.NotEqual(first.BatchId, second.BatchId);
        Assert.Equal(0, second.ValidCount);
        Assert.All(second.Rows, r => Assert.Equal("NIK sudah terdaftar; satu NIK hanya untuk satu pekerja.", Assert.Single(r.Errors).Message));
        await Assert.ThrowsAsync<DomainException>(() => Import.ImportValidRowsAsync(second));

        await using var db = await app.DbAsync();
        Assert.Equal(6, await db.Workers.CountAsync());
    }

    [Theory]
    [InlineData("pekerja.xls")]
    [InlineData("pekerja.csv")]
    [InlineData("pekerja.xlsx.exe")]
    [InlineData("pekerja")]
    public async Task Files_not_named_xlsx_are_refused_before_reading(string name)
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Import.PreviewAsync(new UnreadableStream(), name, 1000));
        Assert.StartsWith("Hanya berkas Excel .xlsx yang dapat diimpor.", error.Message);
    }

    [Fact]
    public async Task Files_over_10_MB_are_refused_before_reading()
    {
        var error = await Assert.ThrowsAsync<DomainException>(
            () => Import.PreviewAsync(new UnreadableStream(), "besar.xlsx", WorkerImportService.MaxFileBytes + 1));
        Assert.Equal("Berkas terlalu besar (10,0 MB); batasnya 10 MB. Bagi data menjadi beberapa berkas.", error.Message);
    }

    [Fact]
    public async Task A_stream_longer_than_announced_is_cut_off_at_10_MB()
    {
        var content = new MemoryStream(new byte[WorkerImportService.MaxFileBytes + 100]);
        var error = await Assert.ThrowsAsync<DomainException>(() => Import.PreviewAsync(content, "bohong.xlsx", 1000));
        Assert.StartsWith("Berkas terlalu besar", error.Message);
    }

    [Fact]
    public async Task A_text_file_renamed_to_xlsx_is_refused_by_its_content()
    {
        var text = Encoding.UTF8.GetBytes("NIK;Nama Lengkap\n6301020101900001;Budi\n");
        var error = await Assert.ThrowsAsync<DomainException>(() => Import.PreviewAsync(new MemoryStream(text), "pekerja.xlsx", text.Length));
        Assert.StartsWith("Isi berkas bukan berkas Excel .xlsx", error.Message);
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_refused()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("catatan.txt").OpenAsync();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("bukan excel"));
        }

        var bytes = zip.ToArray();
        var error = await Assert.ThrowsAsync<DomainException>(() => Import.PreviewAsync(new MemoryStream(bytes), "arsip.xlsx", bytes.Length));
        Assert.StartsWith("Isi berkas bukan berkas Excel .xlsx", error.Message);
    }

    [Fact]
    public async Task A_workbook_with_renamed_headers_is_refused_with_the_missing_columns()
    {
        using var builder = await WorkbookBuilder.FromTemplateAsync(Import);
        builder.Add(new ImportRowBuilder(serial: 301));
        builder.Data.Cell(1, 1).SetValue("No KTP");
        builder.Data.Cell(1, 12).SetValue("Profesi");
        var bytes = builder.Build();

        var error = await Assert.ThrowsAsync<DomainException>(() => PreviewAsync(bytes));
        Assert.StartsWith("Kolom berikut tidak ditemukan pada baris judul (baris 1): NIK, Pekerjaan.", error.Message);
    }

    [Fact]
    public async Task The_empty_template_is_refused_as_having_no_data_rows()
    {
        var error = await Assert.ThrowsAsync<DomainException>(async () => await PreviewAsync(await Import.BuildTemplateAsync()));
        Assert.Equal("Berkas tidak berisi baris data di bawah baris judul.", error.Message);
    }

    [Fact]
    public async Task More_than_20000_rows_are_refused()
    {
        using var builder = await WorkbookBuilder.FromTemplateAsync(Import);
        for (var r = 2; r <= WorkerImportColumns.MaxRows + 2; r++)
        {
            builder.Data.Cell(r, 2).SetValue("Nama");
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => PreviewAsync(builder.Build()));
        Assert.Equal("Berkas berisi lebih dari 20.000 baris data. Bagi data menjadi beberapa berkas.", error.Message);
    }

    [Fact]
    public async Task A_NIK_that_Excel_stored_as_a_number_is_refused_unless_all_16_digits_survived()
    {
        var rounded = new ImportRowBuilder(serial: 401).With(WorkerImportColumns.Nik, 6.30102E+15);
        var intact = new ImportRowBuilder(serial: 402);

        // ClosedXML, like Excel, writes numbers with 15 significant digits; a program writing all 16 is simulated here.
        var file = WorkbookBuilder.SetRawNumber(await FileAsync([rounded, intact]), "A3", intact.Nik);
        var preview = await PreviewAsync(file);

        var error = Assert.Single(preview.Rows[0].Errors);
        Assert.Equal("6301020000000000", preview.Rows[0].Nik);
        Assert.Equal("NIK", error.Field);
        Assert.Contains("tersimpan sebagai angka (6301020000000000)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Format kolom NIK sebagai Teks", error.Message, StringComparison.Ordinal);
        Assert.True(preview.Rows[1].IsValid, string.Join(" | ", preview.Rows[1].Errors.Select(e => e.Message)));
        Assert.Equal(intact.Nik, preview.Rows[1].Nik);
        Assert.Contains(preview.Rows[1].Warnings, w => w.Message.StartsWith("NIK: tersimpan sebagai angka, bukan teks.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_dates_rupiah_text_desa_codes_and_a_blank_row_are_understood()
    {
        var text = new ImportRowBuilder(serial: 501, female: true);
        var born = (DateTime)text[WorkerImportColumns.BirthDate]!;
        text.With(WorkerImportColumns.BirthDate, born.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))
            .With(WorkerImportColumns.ConsentOn, SyntheticNik.TodayWita.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .With(WorkerImportColumns.Income, "Rp 1.500.000")
            .With(WorkerImportColumns.Sex, "perempuan")
            .With(WorkerImportColumns.DesaName, "Kintap")
            .With(WorkerImportColumns.DesaCode, "6301072002")
            .With(WorkerImportColumns.Occupation, "petani/pekebun")
            .With(WorkerImportColumns.Provenance, "pendataan desa");
        var unknownDesa = new ImportRowBuilder(serial: 502).With(WorkerImportColumns.DesaName, "Kampung Antah");
        var mismatch = new ImportRowBuilder(serial: 503).With(WorkerImportColumns.DesaCode, "63.01.07.2014");

        using var builder = await WorkbookBuilder.FromTemplateAsync(Import);
        var preview = await PreviewAsync(builder.Add(text).AddBlankRow().Add(unknownDesa).Add(mismatch).Build());

        Assert.Equal([2, 4, 5], preview.Rows.Select(r => r.RowNumber));
        Assert.True(preview.Rows[0].IsValid, string.Join(" | ", preview.Rows[0].Errors.Select(e => e.Message)));
        Assert.Equal(
            "Nama Desa: desa/kelurahan \"Kampung Antah\" tidak ditemukan di Kabupaten Tanah Laut. Pilih nama dari sheet Daftar atau isi Kode Desa.",
            Assert.Single(preview.Rows[1].Errors).Message);
        Assert.True(preview.Rows[2].IsValid);
        Assert.Contains(preview.Rows[2].Warnings, w => w.Field == "Nama Desa" && w.Message.Contains("yang dipakai Kode Desa", StringComparison.Ordinal));

        await Import.ImportValidRowsAsync(preview);
        await using var db = await app.DbAsync();
        var worker = await db.Workers.AsNoTracking().SingleAsync(w => w.Nik == text.Nik);
        Assert.Equal(DateOnly.FromDateTime(born), worker.BirthDate);
        Assert.Equal(1_500_000, worker.DeclaredIncome);
        Assert.Equal("63.01.07.2002", worker.DesaCode);
        Assert.Equal("petani", worker.OccupationCode);
        Assert.Equal(Provenance.PendataanDesa, worker.Provenance);
        Assert.Equal("63.01.07.2014", (await db.Workers.AsNoTracking().SingleAsync(w => w.Nik == mismatch.Nik)).DesaCode);
    }

    [Fact]
    public async Task The_template_has_the_columns_the_instructions_and_a_text_NIK_column()
    {
        using var workbook = new XLWorkbook(new MemoryStream(await Import.BuildTemplateAsync()));

        var data = workbook.Worksheet("Data");
        Assert.Equal(
            WorkerImportColumns.All.Select(c => c.Header),
            Enumerable.Range(1, WorkerImportColumns.All.Count).Select(c => data.Cell(1, c).GetString()));
        Assert.Equal("@", data.Cell(2, 1).Style.NumberFormat.Format);
        Assert.Equal("@", data.Cell(500, 15).Style.NumberFormat.Format); // No. KPJ
        Assert.Equal(1, data.SheetView.SplitRow);
        Assert.Contains(data.DataValidations, v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == 7)); // Nama Desa
        Assert.Contains(data.DataValidations, v => v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == 12)); // Pekerjaan

        var instructions = workbook.Worksheet("Petunjuk");
        var text = string.Join("\n", instructions.CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Usia pekerja 18–65 tahun", text, StringComparison.Ordinal);
        Assert.Contains("minimal Rp 1.000.000", text, StringComparison.Ordinal);
        Assert.Contains("Kecamatan Jorong dan Kintap", text, StringComparison.Ordinal);

        var lists = workbook.Worksheet("Daftar");
        var listText = lists.CellsUsed().Select(c => c.GetString()).ToHashSet();
        Assert.Contains("Asam-Asam", listText);
        Assert.Contains("63.01.02.2003", listText);
        Assert.Contains("Petani/Pekebun (termasuk sawit/karet mandiri)", listText);
        Assert.Contains("Usulan Perusahaan", listText);
    }

    [Fact]
    public async Task The_error_report_lists_bad_rows_first_as_text_and_neutralises_formulas()
    {
        const string Formula = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";
        var bad = new ImportRowBuilder(serial: 601).With(WorkerImportColumns.Nik, "123").With(WorkerImportColumns.FullName, Formula);
        var warned = new ImportRowBuilder(serial: 602).With(WorkerImportColumns.DesaName, "Pelaihari"); // outside the programme area
        var clean = new ImportRowBuilder(serial: 603);
        var preview = await PreviewAsync(await FileAsync([clean, warned, bad]));
        Assert.Equal(1, preview.ErrorCount);
        Assert.Equal(1, preview.WarningCount);

        using var report = new XLWorkbook(new MemoryStream(Import.BuildErrorReport(preview)));

        var sheet = report.Worksheet("Data");
        var width = WorkerImportColumns.All.Count;
        Assert.Equal("Kesalahan", sheet.Cell(1, width + 1).GetString());
        Assert.Equal("Peringatan", sheet.Cell(1, width + 2).GetString());
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(3, sheet.LastRowUsed().RowNumber());

        Assert.Equal("123", sheet.Cell(2, 1).GetString());
        Assert.Equal("NIK harus terdiri dari 16 angka; yang diisi 3 angka.", sheet.Cell(2, width + 1).GetString());
        Assert.Equal("4", sheet.Cell(2, width + 3).GetString());
        var name = sheet.Cell(2, 2);
        Assert.False(name.HasFormula);
        Assert.Equal(XLDataType.Text, name.DataType);
        Assert.True(name.Style.IncludeQuotePrefix);
        Assert.Equal(Formula, name.GetString());

        var nik = sheet.Cell(3, 1);
        Assert.Equal(warned.Nik, nik.GetString());
        Assert.Equal(XLDataType.Text, nik.DataType);
        Assert.Equal("@", nik.Style.NumberFormat.Format);
        Assert.Equal("", sheet.Cell(3, width + 1).GetString());
        Assert.StartsWith("Nama Desa: Desa Pelaihari (Kec. Pelaihari) di luar wilayah program", sheet.Cell(3, width + 2).GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Csr)]
    [InlineData(Roles.Keuangan)]
    public async Task Company_and_finance_users_cannot_import(string role)
    {
        var preview = await PreviewAsync(await FileAsync([new ImportRowBuilder(serial: 701)]));
        app.ActAs(role, companyId: role == Roles.Csr ? 1 : null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Import.BuildTemplateAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => Import.PreviewAsync(new UnreadableStream(), "a.xlsx", 10));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Import.ImportValidRowsAsync(preview));
    }

    [Fact]
    public async Task Progress_is_reported_for_reading_checking_and_saving()
    {
        var file = await FileAsync(Enumerable.Range(801, 1200).Select(i => new ImportRowBuilder(serial: i)));
        var log = new ProgressLog();

        var preview = await Import.PreviewAsync(new MemoryStream(file), "banyak.xlsx", file.Length, log);
        await Import.ImportValidRowsAsync(preview, log);

        var items = log.Items;
        Assert.Equal(["Membaca berkas", "Memeriksa baris", "Menyimpan"], items.Select(p => p.Stage).Distinct());
        Assert.Contains(items, p => p is { Stage: "Membaca berkas", Done: 1000 });
        Assert.Contains(new ImportProgress("Memeriksa baris", 500, 1200), items);
        Assert.Equal(new ImportProgress("Memeriksa baris", 1200, 1200), items.Last(p => p.Stage == "Memeriksa baris"));
        Assert.Equal(new ImportProgress("Menyimpan", 1200, 1200), items[^1]);
    }

    [Theory]
    [InlineData("1000000", 1_000_000L)]
    [InlineData("1.000.000", 1_000_000L)]
    [InlineData("Rp 1.000.000", 1_000_000L)]
    [InlineData("Rp1.250.000,00", 1_250_000L)]
    [InlineData("1,500,000", 1_500_000L)]
    [InlineData("1.5", null)]
    [InlineData("satu juta", null)]
    public void Rupiah_text_is_read_in_the_usual_ways(string text, long? expected) =>
        Assert.Equal(expected, ImportRowParser.ParseMoney(new RawCell(RawKind.Text, text, 0, false)));

    [Theory]
    [InlineData("17-08-1985", 1985, 8, 17)]
    [InlineData("7/8/1985", 1985, 8, 7)]
    [InlineData("1985-08-17", 1985, 8, 17)]
    [InlineData("17.08.1985", 1985, 8, 17)]
    [InlineData("17 Agustus 1985", 1985, 8, 17)]
    [InlineData("17 Agt 1985", 1985, 8, 17)]
    public void Text_dates_are_read_day_first_or_ISO(string text, int year, int month, int day)
    {
        Assert.True(ImportRowParser.TryParseDateText(text, out var date, out _));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31-02-1985", true)]
    [InlineData("08/17/85", false)]
    [InlineData("kemarin", false)]
    public void Impossible_or_unknown_dates_are_not_guessed(string text, bool impossible)
    {
        Assert.False(ImportRowParser.TryParseDateText(text, out _, out var isImpossible));
        Assert.Equal(impossible, isImpossible);
    }

    private async Task<byte[]> FileAsync(IEnumerable<ImportRowBuilder> rows)
    {
        using var builder = await WorkbookBuilder.FromTemplateAsync(Import);
        return builder.AddRange(rows).Build();
    }

    private Task<ImportPreview> PreviewAsync(byte[] file) => Import.PreviewAsync(new MemoryStream(file), "pekerja.xlsx", file.Length);
}
