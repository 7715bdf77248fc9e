using ClosedXML.Excel;

namespace CsrSponsorship.Core.Documents.Excel;

// The list a village officer or community-group leader fills in: one person per row on "Daftar", the columns explained
// and the accepted desa and occupation names on "Petunjuk". Layout only.
public static class NominationWorkbook
{
    public const string DataSheet = "Daftar";

    public static byte[] BuildTemplate(IReadOnlyList<(string Header, string Help)> columns, IReadOnlyList<string> desaNames, IReadOnlyList<string> occupations)
    {
        ArgumentNullException.ThrowIfNull(columns);
        using var workbook = new XLWorkbook();
        var data = workbook.Worksheets.Add(DataSheet);
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = data.Cell(1, c + 1);
            cell.SetValue(columns[c].Header);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE9F3");
            data.Column(c + 1).Width = Math.Max(16, columns[c].Header.Length + 4);
            // Phone numbers keep their leading 0 only as text.
            data.Column(c + 1).Style.NumberFormat.Format = "@";
        }

        data.SheetView.FreezeRows(1);
        var help = workbook.Worksheets.Add("Petunjuk");
        help.Cell(1, 1).SetValue("Kolom");
        help.Cell(1, 2).SetValue("Cara mengisi");
        for (var c = 0; c < columns.Count; c++)
        {
            help.Cell(c + 2, 1).SetValue(columns[c].Header);
            help.Cell(c + 2, 2).SetValue(columns[c].Help);
        }

        var listRow = columns.Count + 3;
        help.Cell(listRow, 1).SetValue("Nama desa/kelurahan");
        help.Cell(listRow, 2).SetValue("Pekerjaan");
        for (var i = 0; i < Math.Max(desaNames.Count, occupations.Count); i++)
        {
            if (i < desaNames.Count)
            {
                help.Cell(listRow + 1 + i, 1).SetValue(desaNames[i]);
            }

            if (i < occupations.Count)
            {
                help.Cell(listRow + 1 + i, 2).SetValue(occupations[i]);
            }
        }

        help.Row(1).Style.Font.Bold = true;
        help.Row(listRow).Style.Font.Bold = true;
        help.Column(1).Width = 32;
        help.Column(2).Width = 80;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
