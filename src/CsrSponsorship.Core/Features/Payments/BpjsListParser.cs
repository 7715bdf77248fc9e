using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Contributions;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Workers;

namespace CsrSponsorship.Core.Features.Payments;

// Nik is set only when it is 16 digits; Errors never quote the NIK, because they end up in a report that leaves the office.
internal sealed record BpjsListRow(int RowNumber, string? Nik, string? Kpj, BpjsStatus? Status, YearMonth? PaidThrough, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

// Reads the branch's list: only the shape of each cell is judged here; what the values mean for the
// registry is BpjsReconciliationService's job.
internal static partial class BpjsListParser
{
    public static Dictionary<string, int> MapHeaders(SheetRow header)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicated = new List<string>();
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var key = HeaderKey(header.Cells[i].Display());
            if (key.Length == 0)
            {
                continue;
            }

            var column = BpjsListColumns.All.FirstOrDefault(c => BpjsListColumns.Aliases[c].Any(a => HeaderKey(a) == key));
            if (column is not null && !positions.TryAdd(column, i))
            {
                duplicated.Add(column);
            }
        }

        var missing = BpjsListColumns.All.Where(c => !positions.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException(
                string.Create(CultureInfo.InvariantCulture, $"Kolom berikut tidak ditemukan pada baris judul (baris {header.RowNumber}): ")
                + Quoted(missing) + ". Baris judul harus memuat kolom " + Quoted(BpjsListColumns.All)
                + " (huruf besar/kecil dan spasi tidak dipersoalkan).");
        }

        if (duplicated.Count > 0)
        {
            throw new DomainException($"Kolom berikut muncul lebih dari sekali pada baris judul: {Quoted(duplicated.Distinct().ToList())}.");
        }

        return positions;
    }

    public static BpjsListRow Parse(SheetRow row, IReadOnlyDictionary<string, int> positions)
    {
        RawCell Cell(string column) => positions[column] < row.Cells.Length ? row.Cells[positions[column]] : RawCell.Empty;
        var errors = new List<string>();
        var nik = ParseNik(Cell(BpjsListColumns.Nik), errors);
        var kpj = ParseKpj(Cell(BpjsListColumns.Kpj), errors);
        var status = ParseStatus(Cell(BpjsListColumns.Status), errors);
        var paidThrough = ParseMonth(Cell(BpjsListColumns.PaidThrough), errors);
        return new BpjsListRow(row.RowNumber, nik, kpj, status, paidThrough, errors);
    }

    private static string? ParseNik(RawCell cell, List<string> errors)
    {
        if (cell.IsBlank)
        {
            errors.Add("NIK kosong.");
            return null;
        }

        if (cell.Kind == RawKind.Number)
        {
            if (ImportRowParser.NikFromNumber(cell.Number) is { } number)
            {
                return number;
            }

            errors.Add("NIK tersimpan sebagai angka sehingga Excel dapat sudah mengubah angka terakhirnya. Format kolom NIK sebagai Teks lalu salin ulang dari data BPJS.");
            return null;
        }

        var text = PastedText.Trim(cell.Display());
        if (text.Length == 16 && text.All(char.IsAsciiDigit))
        {
            return text;
        }

        errors.Add(string.Create(CultureInfo.InvariantCulture, $"NIK harus 16 angka; yang tertulis {text.Length} karakter."));
        return null;
    }

    private static string? ParseKpj(RawCell cell, List<string> errors)
    {
        if (cell.IsBlank)
        {
            errors.Add("No. KPJ kosong.");
            return null;
        }

        // An 11-digit number survives as a double; a shorter one may have lost leading zeros, so it is refused.
        var text = cell.Kind == RawKind.Number ? cell.Display() : RemoveSpaces(PastedText.Trim(cell.Display()));
        if (Worker.IsKpj(text))
        {
            return text;
        }

        // The cell is not quoted back: a NIK pasted into the wrong column would otherwise reach the report unmasked.
        errors.Add(cell.Kind == RawKind.Number
            ? string.Create(CultureInfo.InvariantCulture,
                $"No. KPJ harus 11 angka; yang tertulis angka {text.Length} digit (angka 0 di depan dapat hilang bila disimpan sebagai angka). Format kolom KPJ sebagai Teks.")
            : string.Create(CultureInfo.InvariantCulture, $"No. KPJ harus 11 angka; yang tertulis {text.Length} karakter."));
        return null;
    }

    private static BpjsStatus? ParseStatus(RawCell cell, List<string> errors)
    {
        var text = cell.IsBlank ? "" : PastedText.Trim(cell.Display());
        switch (ImportRowParser.Key(text))
        {
            case "aktif" or "active":
                return BpjsStatus.Aktif;
            case "nonaktif" or "non aktif" or "tidak aktif" or "inactive":
                return BpjsStatus.Nonaktif;
            case "":
                errors.Add("Status kosong; isi aktif atau nonaktif.");
                return null;
            default:
                errors.Add($"Status \"{text}\" tidak dikenal; isi aktif atau nonaktif.");
                return null;
        }
    }

    // Blank is allowed: BPJS has no paid month on record. Accepts 2026-12, 12/2026, Desember 2026, Des 2026,
    // a date typed as text (31-12-2026) or a real date cell; a date stands for its month.
    private static YearMonth? ParseMonth(RawCell cell, List<string> errors)
    {
        if (cell.IsBlank)
        {
            return null;
        }

        if (cell.Kind == RawKind.Number && cell.AsDate is { } date)
        {
            return new YearMonth(date.Year, date.Month);
        }

        var text = PastedText.Trim(cell.Display());
        if (TryParseMonth(text) is { } month)
        {
            return month;
        }

        errors.Add($"Dibayar s.d. \"{text}\" tidak dikenali sebagai bulan; tulis misalnya 2026-12, 12/2026, atau Desember 2026.");
        return null;
    }

    internal static YearMonth? TryParseMonth(string text)
    {
        int year, month;
        if (YearFirst().Match(text) is { Success: true } ym)
        {
            (year, month) = (Int(ym.Groups[1].Value), Int(ym.Groups[2].Value));
        }
        else if (MonthFirst().Match(text) is { Success: true } my)
        {
            (year, month) = (Int(my.Groups[2].Value), Int(my.Groups[1].Value));
        }
        else if (MonthName().Match(text) is { Success: true } named && ImportRowParser.MonthNumber(named.Groups[1].Value) is { } number)
        {
            (year, month) = (Int(named.Groups[2].Value), number);
        }
        else if (ImportRowParser.TryParseDateText(text, out var day, out _))
        {
            (year, month) = (day.Year, day.Month);
        }
        else
        {
            return null;
        }

        return year is >= 1900 and <= 9999 && month is >= 1 and <= 12 ? new YearMonth(year, month) : null;
    }

    // "Dibayar s.d." = "dibayar s/d" = "DIBAYAR SD": letters and digits only, lower case.
    private static string HeaderKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static string RemoveSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Quoted(IReadOnlyList<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})[-/.](\d{1,2})$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(\d{1,2})[-/.](\d{4})$")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"^(\p{L}+)\.?\s+(\d{4})$")]
    private static partial Regex MonthName();
}
