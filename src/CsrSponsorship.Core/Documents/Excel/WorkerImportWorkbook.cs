using System.Globalization;
using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Features.Workers;
using static CsrSponsorship.Core.Documents.Excel.XlCells;

namespace CsrSponsorship.Core.Documents.Excel;

public sealed record TemplateDesa(string Code, string Name, string KecamatanCode, string KecamatanName, bool InProgrammeArea);

public sealed record ImportTemplateModel(
    IReadOnlyList<TemplateDesa> Desa,
    IReadOnlyList<string> OccupationNames,
    IReadOnlyList<string> ProvenanceNames,
    IReadOnlyList<string> ProgrammeKecamatan,
    int MinAge,
    int MaxAge,
    long MinimumIncome,
    long MaxFileBytes,
    int MaxRows);

public sealed record ErrorReportRow(int RowNumber, IReadOnlyList<string> Cells, string Errors, string Warnings);

public sealed record ErrorReportModel(IReadOnlyList<string> Headers, IReadOnlyList<ErrorReportRow> Rows);

// Layout only: the template a registrar fills in, and the report of rows that need attention.
// ClosedXML 0.95.4: no AdjustToContents (needs libgdiplus), so widths are fixed per column.
public static class WorkerImportWorkbook
{
    private const string TextFormat = "@";
    private const string DateFormat = "dd-mm-yyyy";

    public static byte[] BuildTemplate(ImportTemplateModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = new XLWorkbook();
        var data = workbook.Worksheets.Add(WorkerImportColumns.DataSheet);
        var instructions = workbook.Worksheets.Add(WorkerImportColumns.InstructionsSheet);
        var lists = workbook.Worksheets.Add(WorkerImportColumns.ListSheet);

        var ranges = ComposeLists(lists, model);
        ComposeDataSheet(data, model.MaxRows, ranges);
        ComposeInstructions(instructions, model);
        data.SetTabActive();
        return Save(workbook);
    }

    public static byte[] BuildErrorReport(ErrorReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(WorkerImportColumns.DataSheet);
        var headers = model.Headers
            .Concat([WorkerImportColumns.ErrorsHeader, WorkerImportColumns.WarningsHeader, WorkerImportColumns.RowHeader])
            .ToList();
        WriteHeader(sheet, headers);

        var width = model.Headers.Count;
        for (var c = 0; c < headers.Count; c++)
        {
            var known = c < width ? WorkerImportColumns.All.FirstOrDefault(k => k.Header == headers[c]) : null;
            var column = sheet.Column(c + 1);
            column.Width = c switch
            {
                _ when c == width => 60,
                _ when c == width + 1 => 45,
                _ => known?.Width ?? 15,
            };
            // Every value goes back as the text it was read as; a text column keeps later edits text too.
            column.Style.NumberFormat.Format = TextFormat;
        }

        var r = 2;
        foreach (var row in model.Rows)
        {
            for (var c = 0; c < width; c++)
            {
                SetText(sheet.Cell(r, c + 1), c < row.Cells.Count ? row.Cells[c] : "");
            }

            SetText(sheet.Cell(r, width + 1), row.Errors).Style.Alignment.WrapText = true;
            SetText(sheet.Cell(r, width + 2), row.Warnings).Style.Alignment.WrapText = true;
            SetText(sheet.Cell(r, width + 3), row.RowNumber.ToString(CultureInfo.InvariantCulture));
            r++;
        }

        sheet.Range(1, width + 1, Math.Max(1, r - 1), width + 1).Style.Font.FontColor = XLColor.FromHtml("#9C0006");
        sheet.SheetView.FreezeRows(1);
        return Save(workbook);
    }

    private static (IXLRange Desa, IXLRange DesaCodes, IXLRange Occupations, IXLRange Provenance) ComposeLists(
        IXLWorksheet sheet, ImportTemplateModel model)
    {
        WriteHeader(sheet, ["Kode Desa", "Nama Desa", "Kecamatan", "Kode Kecamatan", "Wilayah Program", "", "Pekerjaan", "", "Jenis Kelamin", "", "Asal Pendaftaran"]);
        double[] widths = [16, 26, 16, 16, 16, 3, 44, 3, 14, 3, 20];
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Column(1).Style.NumberFormat.Format = TextFormat;
        sheet.Column(4).Style.NumberFormat.Format = TextFormat;

        // Grouped by kecamatan (code order), so a village is found under its district.
        var desa = model.Desa.OrderBy(d => d.KecamatanCode, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < desa.Count; i++)
        {
            var d = desa[i];
            SetText(sheet.Cell(i + 2, 1), d.Code);
            SetText(sheet.Cell(i + 2, 2), d.Name);
            SetText(sheet.Cell(i + 2, 3), d.KecamatanName);
            SetText(sheet.Cell(i + 2, 4), d.KecamatanCode);
            SetText(sheet.Cell(i + 2, 5), d.InProgrammeArea ? "Ya" : "Tidak");
        }

        for (var i = 0; i < model.OccupationNames.Count; i++)
        {
            SetText(sheet.Cell(i + 2, 7), model.OccupationNames[i]);
        }

        SetText(sheet.Cell(2, 9), "L");
        SetText(sheet.Cell(3, 9), "P");
        for (var i = 0; i < model.ProvenanceNames.Count; i++)
        {
            SetText(sheet.Cell(i + 2, 11), model.ProvenanceNames[i]);
        }

        sheet.SheetView.FreezeRows(1);
        var lastDesa = Math.Max(2, desa.Count + 1);
        return (
            sheet.Range(2, 2, lastDesa, 2),
            sheet.Range(2, 1, lastDesa, 1),
            sheet.Range(2, 7, Math.Max(2, model.OccupationNames.Count + 1), 7),
            sheet.Range(2, 11, Math.Max(2, model.ProvenanceNames.Count + 1), 11));
    }

    private static void ComposeDataSheet(
        IXLWorksheet sheet, int maxRows, (IXLRange Desa, IXLRange DesaCodes, IXLRange Occupations, IXLRange Provenance) lists)
    {
        var columns = WorkerImportColumns.All;
        WriteHeader(sheet, columns.Select(c => c.Header).ToList());
        var lastRow = maxRows + 1;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = sheet.Column(i + 1);
            column.Width = columns[i].Width;
            column.Style.NumberFormat.Format = columns[i].Kind switch
            {
                ImportColumnKind.Code => TextFormat,
                ImportColumnKind.Date => DateFormat,
                ImportColumnKind.Money => "#,##0",
                _ => TextFormat,
            };
            sheet.Cell(1, i + 1).Comment.AddText(columns[i].Help);
        }

        // Header cells keep their own text format; the column style above applies to the data rows.
        sheet.Row(1).Style.NumberFormat.Format = TextFormat;

        AddList(sheet, WorkerImportColumns.DesaName, lastRow, lists.Desa, "Nama Desa", "Pilih desa/kelurahan dari daftar pada sheet Daftar.");
        AddList(sheet, WorkerImportColumns.DesaCode, lastRow, lists.DesaCodes, "Kode Desa", "Isi kode desa dari sheet Daftar, misalnya 63.01.02.2005.");
        AddList(sheet, WorkerImportColumns.Occupation, lastRow, lists.Occupations, "Pekerjaan", "Pilih pekerjaan dari daftar.");
        AddList(sheet, WorkerImportColumns.Provenance, lastRow, lists.Provenance, "Asal Pendaftaran",
            "Pilih Loket, Perisai, Pendataan Desa, atau Usulan Perusahaan.");
        var sex = Column(sheet, WorkerImportColumns.Sex, lastRow).SetDataValidation();
        sex.List("\"L,P\"", true);
        Explain(sex, "Jenis Kelamin", "Isi L (laki-laki) atau P (perempuan).");

        sheet.SheetView.FreezeRows(1);
    }

    private static void ComposeInstructions(IXLWorksheet sheet, ImportTemplateModel model)
    {
        sheet.Column(1).Width = 32;
        sheet.Column(2).Width = 18;
        sheet.Column(3).Width = 110;
        sheet.Column(3).Style.Alignment.WrapText = true;
        var title = sheet.Cell(1, 1);
        SetText(title, "Petunjuk Pengisian Templat Impor Data Pekerja");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;

        var programme = model.ProgrammeKecamatan.Count == 0 ? "wilayah program" : "Kecamatan " + string.Join(" dan ", model.ProgrammeKecamatan);
        string[] rules =
        [
            $"1. Isi data mulai baris 2 pada sheet \"{WorkerImportColumns.DataSheet}\". Jangan mengubah, menghapus, atau memindahkan judul kolom di baris 1.",
            "2. Satu baris untuk satu pekerja. Satu NIK hanya boleh muncul sekali dalam berkas; NIK yang sudah terdaftar ditolak, sehingga mengunggah berkas yang sama dua kali tidak membuat data ganda.",
            "3. NIK 16 angka diketik sebagai TEKS (kolom NIK sudah berformat Teks). Bila NIK ditempel sebagai angka, Excel mengubah angka terakhirnya dan baris itu ditolak.",
            string.Create(CultureInfo.InvariantCulture, $"4. Usia pekerja {model.MinAge}–{model.MaxAge} tahun pada hari impor. Tanggal lahir dan jenis kelamin harus sesuai dengan NIK (NIK perempuan: tanggal lahir ditambah 40)."),
            $"5. Penghasilan per bulan minimal {IndonesianFormat.Rupiah(model.MinimumIncome)}; bila dikosongkan dipakai {IndonesianFormat.Rupiah(model.MinimumIncome)}.",
            "6. Persetujuan pekerja atas pemrosesan data pribadinya (UU 27/2022) wajib: isi Petugas Persetujuan dan Tanggal Persetujuan. Baris tanpa persetujuan ditolak.",
            $"7. Pekerja dari semua kecamatan di Kabupaten Tanah Laut dapat didaftarkan, tetapi hanya yang berdomisili di {programme} yang nantinya dapat disponsori perusahaan.",
            "8. Tanggal boleh berupa tanggal Excel atau teks DD-MM-YYYY (juga DD/MM/YYYY atau YYYY-MM-DD). Angka rupiah boleh 1000000, 1.000.000, atau Rp 1.000.000.",
            string.Create(CultureInfo.InvariantCulture, $"9. Simpan sebagai .xlsx, paling besar {model.MaxFileBytes / (1024 * 1024)} MB dan {IndonesianFormat.Thousands(model.MaxRows)} baris data. Baris kosong dilewati."),
            "10. Setelah diunggah, aplikasi menampilkan pratinjau: setiap baris diperiksa dengan aturan yang sama seperti formulir. Pilih \"Impor baris yang valid\" atau \"Batalkan\". Baris yang salah dapat diunduh sebagai laporan kesalahan, diperbaiki, lalu diunggah lagi.",
            "11. Pilihan pada kolom Nama Desa, Kode Desa, Pekerjaan, Jenis Kelamin, dan Asal Pendaftaran ada di sheet Daftar.",
        ];
        var r = 3;
        foreach (var rule in rules)
        {
            SetText(sheet.Cell(r, 1), rule);
            sheet.Range(r, 1, r, 3).Merge().Style.Alignment.WrapText = true;
            sheet.Row(r).Height = 30;
            r++;
        }

        r++;
        XlCells.WriteHeader(sheet, r, ["Kolom", "Wajib diisi?", "Keterangan"]);
        foreach (var column in WorkerImportColumns.All)
        {
            r++;
            SetText(sheet.Cell(r, 1), column.Header);
            SetText(sheet.Cell(r, 2), column.Required);
            SetText(sheet.Cell(r, 3), column.Help);
        }

        r += 2;
        SetText(sheet.Cell(r, 1), "Contoh baris (jangan disalin ke sheet Data):").Style.Font.Bold = true;
        string[] example =
        [
            "6301024708900003", "Siti Aminah", "Pelaihari", "07-08-1990", "P", "", "Asam-Asam", "003", "001", "Jl. Pelabuhan Gg. Damai",
            "081234567890", "Pedagang Kecil/Keliling/Warung", "", "1.000.000", "", "Loket", "Rahmat Hidayat", "02-03-2026", "",
        ];
        for (var i = 0; i < example.Length; i++)
        {
            SetText(sheet.Cell(r + 1 + i, 1), WorkerImportColumns.All[i].Header);
            SetText(sheet.Cell(r + 1 + i, 3), example[i]);
        }
    }

    private static void AddList(IXLWorksheet sheet, ImportColumn column, int lastRow, IXLRange source, string title, string message)
    {
        var validation = Column(sheet, column, lastRow).SetDataValidation();
        validation.List(source, true);
        Explain(validation, title, message);
    }

    private static void Explain(IXLDataValidation validation, string title, string message)
    {
        validation.IgnoreBlanks = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ShowErrorMessage = true;
        validation.ErrorTitle = title;
        validation.ErrorMessage = "Isian tidak ada dalam daftar. " + message;
        validation.ShowInputMessage = true;
        validation.InputTitle = title;
        validation.InputMessage = message;
    }

    private static IXLRange Column(IXLWorksheet sheet, ImportColumn column, int lastRow)
    {
        var index = WorkerImportColumns.All.ToList().IndexOf(column) + 1;
        return sheet.Range(2, index, lastRow, index);
    }

    private static void WriteHeader(IXLWorksheet sheet, IReadOnlyList<string> headers) => XlCells.WriteHeader(sheet, 1, headers);
}
