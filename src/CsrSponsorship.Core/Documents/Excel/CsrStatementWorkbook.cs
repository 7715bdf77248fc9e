using ClosedXML.Excel;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents;

namespace CsrSponsorship.Core.Documents.Excel;

// The CSR statement as a sheet a company can paste from: title rows, desa codes as text, rupiah as
// numbers formatted #,##0 and a total row that is a real SUM, so edits keep adding up.
public static class CsrStatementWorkbook
{
    private const string Money = "#,##0";
    private const string HeaderFill = "#DCE6F1";
    private const int BasisRow = 5;
    private const int FiguresRow = 7;
    private const int HeaderRow = 13;

    public static byte[] Render(CsrStatement model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Pernyataan CSR");
        ComposeTitle(sheet, model);
        ComposeDesa(sheet, model);
        sheet.Column(1).Width = 6;
        sheet.Column(2).Width = 16;
        sheet.Column(3).Width = 28;
        sheet.Column(4).Width = 22;
        sheet.Column(5).Width = 12;
        sheet.Column(6).Width = 14;
        sheet.Column(7).Width = 18;
        sheet.Column(8).Width = 18;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void ComposeTitle(IXLWorksheet sheet, CsrStatement model)
    {
        sheet.Cell(1, 1).SetValue($"Pernyataan Kontribusi CSR Tahun {model.Year}").Style.Font.SetBold().Font.SetFontSize(14);
        XlCells.SetText(sheet.Cell(2, 1), model.CompanyName).Style.Font.SetBold();
        sheet.Cell(3, 1).SetValue("Perlindungan BPJS Ketenagakerjaan bagi pekerja rentan, Kabupaten Tanah Laut");
        sheet.Cell(4, 1).SetValue("Disusun " + IndonesianFormat.Date(model.PreparedOn));
        XlCells.SetText(sheet.Cell(BasisRow, 1), "Dasar perhitungan: " + model.Basis);
        (string Label, long Value)[] figures =
        [
            ("Pekerja yang didanai (orang)", model.Workers),
            ($"Bulan-peserta dalam tahun {model.Year}", model.WorkerMonths),
            ("Desa/kelurahan yang dijangkau", model.DesaCovered),
            ("Iuran ditagihkan (Rp)", model.Invoiced),
            ("Iuran dibayar (Rp)", model.Paid),
        ];
        for (var i = 0; i < figures.Length; i++)
        {
            sheet.Cell(FiguresRow + i, 1).SetValue(figures[i].Label);
            var cell = sheet.Cell(FiguresRow + i, 4).SetValue(figures[i].Value);
            cell.Style.NumberFormat.Format = Money;
        }
    }

    private static void ComposeDesa(IXLWorksheet sheet, CsrStatement model)
    {
        string[] headers = ["No", "Kode desa", "Desa/kelurahan", "Kecamatan", "Pekerja", "Bulan-peserta", "Ditagihkan (Rp)", "Dibayar (Rp)"];
        for (var c = 0; c < headers.Length; c++)
        {
            var cell = sheet.Cell(HeaderRow, c + 1).SetValue(headers[c]);
            cell.Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml(HeaderFill));
        }

        var row = HeaderRow + 1;
        for (var i = 0; i < model.Desa.Count; i++, row++)
        {
            var d = model.Desa[i];
            sheet.Cell(row, 1).SetValue(i + 1);
            XlCells.SetText(sheet.Cell(row, 2), d.DesaCode);
            XlCells.SetText(sheet.Cell(row, 3), d.DesaName);
            XlCells.SetText(sheet.Cell(row, 4), d.KecamatanName);
            sheet.Cell(row, 5).SetValue(d.Workers);
            sheet.Cell(row, 6).SetValue(d.WorkerMonths);
            sheet.Cell(row, 7).SetValue(d.Invoiced).Style.NumberFormat.Format = Money;
            sheet.Cell(row, 8).SetValue(d.Paid).Style.NumberFormat.Format = Money;
        }

        // A worker covered in two desa rows is one person, so the workers total is the distinct count, not a SUM.
        sheet.Cell(row, 3).SetValue("Jumlah");
        sheet.Cell(row, 5).SetValue(model.Workers);
        var first = HeaderRow + 1;
        var last = row - 1;
        if (last >= first)
        {
            sheet.Cell(row, 6).FormulaA1 = $"SUM(F{first}:F{last})";
            sheet.Cell(row, 7).FormulaA1 = $"SUM(G{first}:G{last})";
            sheet.Cell(row, 8).FormulaA1 = $"SUM(H{first}:H{last})";
        }
        else
        {
            sheet.Cell(row, 6).SetValue(0);
            sheet.Cell(row, 7).SetValue(0);
            sheet.Cell(row, 8).SetValue(0);
        }

        sheet.Cell(row, 6).Style.NumberFormat.Format = Money;
        sheet.Cell(row, 7).Style.NumberFormat.Format = Money;
        sheet.Cell(row, 8).Style.NumberFormat.Format = Money;
        sheet.Range(row, 1, row, 8).Style.Font.SetBold();
    }
}
