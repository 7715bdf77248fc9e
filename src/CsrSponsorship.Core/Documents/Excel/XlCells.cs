using ClosedXML.Excel;

namespace CsrSponsorship.Core.Documents.Excel;

// Cell habits shared by the ClosedXML workbooks (import template and report, BPJS mismatch report).
internal static class XlCells
{
    public const string HeaderFill = "#DCE6F1";

    // Always a text cell, never a number or formula guessed from the content.
    public static IXLCell SetText(IXLCell cell, string text)
    {
        text = ExcelSafeText.ForXml(text);
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        if (ExcelSafeText.NeedsQuotePrefix(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        return cell;
    }

    // Bold, shaded header cells; empty headers stay plain.
    public static void WriteHeader(IXLWorksheet sheet, int row, IReadOnlyList<string> headers)
    {
        for (var c = 0; c < headers.Count; c++)
        {
            var cell = SetText(sheet.Cell(row, c + 1), headers[c]);
            if (headers[c].Length > 0)
            {
                cell.Style.Font.Bold = true;
                cell.Style.Fill.BackgroundColor = XLColor.FromHtml(HeaderFill);
            }
        }
    }

    public static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
