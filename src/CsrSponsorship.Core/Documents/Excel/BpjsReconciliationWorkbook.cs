using System.Globalization;
using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Features.Payments;
using static CsrSponsorship.Core.Documents.Excel.XlCells;

namespace CsrSponsorship.Core.Documents.Excel;

public sealed record MismatchReportRow(
    int? RowNumber, string Kind, string MaskedNik, string WorkerName, string Kpj, string BpjsStatus, string PaidThrough, string ExpectedMonth,
    string Message);

public sealed record MismatchReportModel(string FileName, IReadOnlyList<MismatchReportRow> Rows, IReadOnlyList<(string Label, int Count)> Summary);

// Layout only: the empty list a branch can fill in, and the findings of a reconciliation.
// ClosedXML 0.95.4: no AdjustToContents (needs libgdiplus), so widths are fixed per column.
public static class BpjsReconciliationWorkbook
{
    public const string DataSheet = "Data";
    public const string FindingsSheet = "Selisih";
    public const string SummarySheet = "Ringkasan";

    public static readonly IReadOnlyList<string> ReportHeaders =
    [
        "Baris Asal", "Jenis", "NIK (disamarkan)", "Nama Pekerja", "No. KPJ", "Status BPJS", "Dibayar s.d. (BPJS)", "Seharusnya s.d.", "Keterangan",
    ];

    private const string TextFormat = "@";

    public static byte[] BuildTemplate(long maxFileBytes, int maxRows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(DataSheet);
        WriteHeader(sheet, BpjsListColumns.All);
        string[] help =
        [
            "16 angka sesuai KTP, sebagai teks.",
            "Nomor kartu peserta BPJS Ketenagakerjaan, 11 angka, sebagai teks.",
            "aktif atau nonaktif.",
            "Bulan terakhir yang iurannya sudah dibayar: 2026-12, 12/2026, Desember 2026, atau tanggal. Boleh kosong bila belum ada pembayaran.",
        ];
        double[] widths = [20, 16, 12, 18];
        for (var c = 0; c < help.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
            sheet.Cell(1, c + 1).Comment.AddText(help[c]);
        }

        // NIK and KPJ as text: Excel keeps 15 significant digits and drops leading zeros from numbers.
        sheet.Column(1).Style.NumberFormat.Format = TextFormat;
        sheet.Column(2).Style.NumberFormat.Format = TextFormat;
        sheet.Column(4).Style.NumberFormat.Format = TextFormat;
        sheet.SheetView.FreezeRows(1);

        var notes = workbook.Worksheets.Add("Petunjuk");
        notes.Column(1).Width = 110;
        string[] lines =
        [
            "Daftar peserta dari BPJS Ketenagakerjaan untuk rekonsiliasi.",
            "Isi mulai baris 2 sheet Data; satu baris per peserta. Judul kolom di baris 1 jangan diubah.",
            "NIK dan KPJ diketik atau ditempel sebagai teks (kolomnya sudah berformat Teks).",
            string.Create(CultureInfo.InvariantCulture,
                $"Simpan sebagai .xlsx, paling besar {maxFileBytes / (1024 * 1024)} MB dan {IndonesianFormat.Thousands(maxRows)} baris data."),
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            SetText(notes.Cell(i + 1, 1), lines[i]);
        }

        sheet.SetTabActive();
        return Save(workbook);
    }

    public static byte[] BuildMismatchReport(MismatchReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = new XLWorkbook();
        ComposeFindings(workbook.Worksheets.Add(FindingsSheet), model.Rows);
        ComposeSummary(workbook.Worksheets.Add(SummarySheet), model);
        return Save(workbook);
    }

    private static void ComposeFindings(IXLWorksheet sheet, IReadOnlyList<MismatchReportRow> rows)
    {
        WriteHeader(sheet, ReportHeaders);
        double[] widths = [10, 18, 20, 28, 15, 12, 18, 18, 80];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
            // Every column but the row number is text, so later edits of NIK/KPJ stay text too.
            if (c > 0)
            {
                sheet.Column(c + 1).Style.NumberFormat.Format = TextFormat;
            }
        }

        var r = 2;
        foreach (var row in rows)
        {
            if (row.RowNumber is { } number)
            {
                sheet.Cell(r, 1).SetValue(number);
            }

            SetText(sheet.Cell(r, 2), row.Kind);
            SetText(sheet.Cell(r, 3), row.MaskedNik);
            SetText(sheet.Cell(r, 4), row.WorkerName);
            SetText(sheet.Cell(r, 5), row.Kpj);
            SetText(sheet.Cell(r, 6), row.BpjsStatus);
            SetText(sheet.Cell(r, 7), row.PaidThrough);
            SetText(sheet.Cell(r, 8), row.ExpectedMonth);
            SetText(sheet.Cell(r, 9), row.Message).Style.Alignment.WrapText = true;
            r++;
        }

        sheet.SheetView.FreezeRows(1);
    }

    private static void ComposeSummary(IXLWorksheet sheet, MismatchReportModel model)
    {
        sheet.Column(1).Width = 34;
        sheet.Column(2).Width = 40;
        SetText(sheet.Cell(1, 1), "Berkas BPJS").Style.Font.Bold = true;
        SetText(sheet.Cell(1, 2), model.FileName);
        var r = 3;
        foreach (var (label, count) in model.Summary)
        {
            SetText(sheet.Cell(r, 1), label);
            sheet.Cell(r, 2).SetValue(count);
            sheet.Cell(r, 2).Style.NumberFormat.Format = "#,##0";
            r++;
        }
    }

    private static void WriteHeader(IXLWorksheet sheet, IReadOnlyList<string> headers) => XlCells.WriteHeader(sheet, 1, headers);
}
