using ClosedXML.Excel;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Features.Payments;

namespace CsrSponsorship.Tests.Features.Payments;

// The branch's own spreadsheet (not our template): one sheet, four columns, values written as the cell
// type they are: string → text cell, DateTime → date cell, double/long → number cell, null → empty.
internal sealed class BpjsListBuilder
{
    private readonly List<object?[]> rows = [];
    private IReadOnlyList<string> headers = BpjsListColumns.All;

    public BpjsListBuilder WithHeaders(params string[] names)
    {
        headers = names;
        return this;
    }

    public BpjsListBuilder Row(object? nik, object? kpj, string? status = "aktif") => Row(nik, kpj, status, "2026-12");

    public BpjsListBuilder Row(object? nik, object? kpj, string? status, object? paidThrough)
    {
        rows.Add([nik, kpj, status, paidThrough]);
        return this;
    }

    public byte[] Build()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Peserta BPU");
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case string text:
                        cell.SetValue(text);
                        cell.DataType = XLDataType.Text;
                        break;
                    case DateTime date:
                        cell.SetValue(date);
                        break;
                    case double number:
                        cell.SetValue(number);
                        break;
                    case long number:
                        cell.SetValue(number);
                        break;
                    default:
                        throw new ArgumentException($"Unsupported cell value {rows[r][c]!.GetType()}", nameof(rows));
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
