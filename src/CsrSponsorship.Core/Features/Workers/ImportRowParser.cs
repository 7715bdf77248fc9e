using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Workers;
using static CsrSponsorship.Core.Documents.Spreadsheets.WorkerImportColumns;

namespace CsrSponsorship.Core.Features.Workers;

// NikText is the NIK cell as shown, for the preview even when the cell could not be used as a NIK.
internal sealed record ParsedRow(
    WorkerDraft Draft, List<FieldIssue> Errors, List<FieldIssue> Warnings, HashSet<string> FailedFields, ImportColumn DesaColumn, string NikText);

// Turns one spreadsheet row into a WorkerDraft. Only the shape of each cell is judged here (is it a
// date, a number, a known name); whether the values are acceptable is WorkerValidator's job.
internal sealed partial class ImportRowParser
{
    // The largest integer a double holds exactly; a NIK above it cannot have survived as a number.
    private const double MaxExactInteger = 9_007_199_254_740_992d;

    private static readonly string[] MonthNames =
        ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];

    private readonly IReadOnlyDictionary<ImportColumn, int> positions;
    private readonly IReadOnlyDictionary<string, DesaInfo> desa;
    private readonly Dictionary<string, List<DesaInfo>> desaByName;
    private readonly Dictionary<string, string> occupationByName;

    public ImportRowParser(
        IReadOnlyDictionary<ImportColumn, int> positions,
        IReadOnlyDictionary<string, DesaInfo> desa,
        IEnumerable<(string Code, string Name)> desaNames)
    {
        this.positions = positions;
        this.desa = desa;
        desaByName = desaNames
            .GroupBy(d => Key(d.Name))
            .ToDictionary(g => g.Key, g => g.Select(d => desa[d.Code]).DistinctBy(d => d.Code).ToList(), StringComparer.Ordinal);

        occupationByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var occupation in Occupations.All)
        {
            occupationByName.TryAdd(Key(occupation.Name), occupation.Code);
            occupationByName.TryAdd(Key(occupation.Code), occupation.Code);
            // "Petani/Pekebun" for "Petani/Pekebun (termasuk sawit/karet mandiri)".
            var bracket = occupation.Name.IndexOf(" (", StringComparison.Ordinal);
            if (bracket > 0)
            {
                occupationByName.TryAdd(Key(occupation.Name[..bracket]), occupation.Code);
            }
        }
    }

    public ParsedRow Parse(RawCell[] cells)
    {
        var errors = new List<FieldIssue>();
        var warnings = new List<FieldIssue>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        void Fail(ImportColumn column, string field, string message)
        {
            errors.Add(Issue(column, message));
            failed.Add(field);
        }

        RawCell Cell(ImportColumn column) => positions.TryGetValue(column, out var i) && i < cells.Length ? cells[i] : RawCell.Empty;
        string? TextOf(ImportColumn column) => Cell(column) is { IsBlank: false } c ? c.Display().Trim() : null;

        var draft = new WorkerDraft
        {
            FullName = TextOf(FullName),
            BirthPlace = TextOf(BirthPlace),
            Rt = TextOf(Rt),
            Rw = TextOf(Rw),
            Address = TextOf(Address),
            OccupationOther = TextOf(OccupationOther),
            Kpj = TextOf(Kpj),
            ConsentCollectedBy = TextOf(ConsentBy),
            Notes = TextOf(Notes),
            DeclaredIncome = null,
        };

        draft.Nik = ParseNik(Cell(Nik), warnings, message => Fail(Nik, nameof(WorkerDraft.Nik), message));
        draft.BirthDate = ParseDate(Cell(BirthDate), message => Fail(BirthDate, nameof(WorkerDraft.BirthDate), message));
        draft.ConsentCollectedOn = ParseDate(Cell(ConsentOn), message => Fail(ConsentOn, nameof(WorkerDraft.ConsentCollectedOn), message));

        if (TextOf(WorkerImportColumns.Sex) is { } sexText)
        {
            draft.Sex = ParseSex(sexText);
            if (draft.Sex is null)
            {
                Fail(WorkerImportColumns.Sex, nameof(WorkerDraft.Sex), $"isi L (laki-laki) atau P (perempuan), bukan \"{sexText}\".");
            }
        }

        var phone = Cell(Phone);
        draft.Phone = TextOf(Phone);
        if (phone.Kind == RawKind.Number && draft.Phone is { } digits && digits.StartsWith('8'))
        {
            // Typed as a number, 0812… lost its leading zero; put it back rather than refuse the row.
            draft.Phone = "0" + digits;
            warnings.Add(Issue(Phone, "tersimpan sebagai angka sehingga angka 0 di depan hilang; sudah ditambahkan kembali. Format kolom No. HP sebagai Teks."));
        }

        if (TextOf(WorkerImportColumns.Occupation) is { } occupationText)
        {
            if (occupationByName.TryGetValue(Key(occupationText), out var code))
            {
                draft.OccupationCode = code;
            }
            else
            {
                Fail(WorkerImportColumns.Occupation, nameof(WorkerDraft.OccupationCode), $"\"{occupationText}\" tidak ada dalam daftar pekerjaan (lihat sheet {ListSheet}).");
            }
        }

        if (TextOf(WorkerImportColumns.Provenance) is { } provenanceText)
        {
            draft.Provenance = ParseProvenance(provenanceText);
            if (draft.Provenance is null)
            {
                Fail(WorkerImportColumns.Provenance, nameof(WorkerDraft.Provenance),
                    $"\"{provenanceText}\" tidak dikenal; isi Loket, Perisai, Pendataan Desa, atau Usulan Perusahaan.");
            }
        }

        if (!Cell(Income).IsBlank)
        {
            draft.DeclaredIncome = ParseMoney(Cell(Income));
            if (draft.DeclaredIncome is null)
            {
                Fail(Income, nameof(WorkerDraft.DeclaredIncome),
                    $"\"{Cell(Income).Display()}\" bukan jumlah rupiah; tulis angka tanpa desimal, misalnya 1000000 atau 1.000.000.");
            }
        }

        var desaColumn = ResolveDesa(draft, TextOf(DesaCode), TextOf(DesaName), warnings,
            (column, message) => Fail(column, nameof(WorkerDraft.DesaCode), message));
        return new ParsedRow(draft, errors, warnings, failed, desaColumn, Cell(Nik).Display().Trim());
    }

    // Messages name their column, so a list of them reads on its own ("Tanggal Lahir: …").
    public static FieldIssue Issue(ImportColumn column, string message) =>
        new(column.Label, message.StartsWith(column.Label, StringComparison.OrdinalIgnoreCase) ? message : $"{column.Label}: {message}");

    private ImportColumn ResolveDesa(
        WorkerDraft draft, string? codeText, string? nameText, List<FieldIssue> warnings, Action<ImportColumn, string> fail)
    {
        if (codeText is not null)
        {
            var code = NormalizeDesaCode(codeText);
            draft.DesaCode = code;
            if (nameText is not null && desa.TryGetValue(code, out var byCode)
                && !(desaByName.TryGetValue(Key(nameText), out var named) && named.Any(d => d.Code == code)))
            {
                warnings.Add(Issue(DesaName,
                    $"\"{nameText}\" tidak sesuai dengan Kode Desa {code} ({byCode.Name}, Kec. {byCode.KecamatanName}); yang dipakai Kode Desa."));
            }

            return DesaCode;
        }

        if (nameText is null)
        {
            return DesaCode;
        }

        if (!desaByName.TryGetValue(Key(nameText), out var matches))
        {
            fail(DesaName, $"desa/kelurahan \"{nameText}\" tidak ditemukan di Kabupaten Tanah Laut. Pilih nama dari sheet {ListSheet} atau isi Kode Desa.");
        }
        else if (matches.Count > 1)
        {
            fail(DesaName, $"\"{nameText}\" cocok dengan lebih dari satu desa ({string.Join(", ", matches.Select(d => $"{d.Code} Kec. {d.KecamatanName}"))}); isi Kode Desa.");
        }
        else
        {
            draft.DesaCode = matches[0].Code;
        }

        return DesaName;
    }

    // "6301022005" and "63.01.02.2005" are the same Kemendagri code.
    private static string NormalizeDesaCode(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 10 && trimmed.All(char.IsAsciiDigit)
            ? $"{trimmed[..2]}.{trimmed[2..4]}.{trimmed[4..6]}.{trimmed[6..]}"
            : trimmed;
    }

    private static string? ParseNik(RawCell cell, List<FieldIssue> warnings, Action<string> fail)
    {
        if (cell.Kind != RawKind.Number)
        {
            return cell.IsBlank ? null : cell.Display().Trim();
        }

        if (NikFromNumber(cell.Number) is { } nik)
        {
            warnings.Add(Issue(Nik,
                "tersimpan sebagai angka, bukan teks. Angkanya masih utuh, tetapi format kolom NIK sebagai Teks agar Excel tidak mengubah angka terakhir."));
            return nik;
        }

        fail($"tersimpan sebagai angka ({cell.Display()}), sehingga Excel dapat sudah mengubah angkanya (Excel hanya menyimpan 15 angka). " +
            "Format kolom NIK sebagai Teks, lalu ketik ulang NIK sesuai KTP.");
        return null;
    }

    // Excel keeps 15 significant digits, so a NIK typed as a number loses its last digit (…1234 → …1230).
    // Only a value that still has 16 significant digits cannot have been rounded by Excel.
    internal static string? NikFromNumber(double value) =>
        value == Math.Floor(value) && value is >= 1e15 and < MaxExactInteger && value % 10 != 0
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : null;

    private static DateOnly? ParseDate(RawCell cell, Action<string> fail)
    {
        if (cell.IsBlank)
        {
            return null;
        }

        if (cell.Kind == RawKind.Number)
        {
            if (cell.AsDate is { } date)
            {
                return DateOnly.FromDateTime(date);
            }

            fail($"{cell.Display()} bukan tanggal; isi tanggal DD-MM-YYYY, misalnya 17-08-1985.");
            return null;
        }

        var text = cell.Display().Trim();
        if (TryParseDateText(text, out var parsed, out var impossible))
        {
            return parsed;
        }

        fail(impossible
            ? $"tanggal \"{text}\" tidak ada di kalender."
            : $"\"{text}\" tidak dikenali sebagai tanggal; gunakan DD-MM-YYYY, misalnya 17-08-1985.");
        return null;
    }

    internal static bool TryParseDateText(string text, out DateOnly date, out bool impossible)
    {
        date = default;
        impossible = false;
        int day, month, year;
        if (DayFirst().Match(text) is { Success: true } dmy)
        {
            (day, month, year) = (Int(dmy.Groups[1].Value), Int(dmy.Groups[2].Value), Int(dmy.Groups[3].Value));
        }
        else if (YearFirst().Match(text) is { Success: true } ymd)
        {
            (day, month, year) = (Int(ymd.Groups[3].Value), Int(ymd.Groups[2].Value), Int(ymd.Groups[1].Value));
        }
        else if (MonthName().Match(text) is { Success: true } named && MonthNumber(named.Groups[2].Value) is { } m)
        {
            (day, month, year) = (Int(named.Groups[1].Value), m, Int(named.Groups[3].Value));
        }
        else
        {
            return false;
        }

        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            impossible = true;
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    internal static int? MonthNumber(string name)
    {
        var key = name.ToLowerInvariant();
        if (key.Length < 3)
        {
            return null;
        }

        // "Agt" and "Ags" are the usual Indonesian short forms of Agustus besides "Agu".
        if (key is "agt" or "ags")
        {
            return 8;
        }

        var index = Array.FindIndex(MonthNames, m => m.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(m, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }

    private static Domain.Workers.Sex? ParseSex(string text) => Key(text) switch
    {
        "l" or "lk" or "laki laki" or "laki" or "pria" => Domain.Workers.Sex.Male,
        "p" or "pr" or "perempuan" or "wanita" => Domain.Workers.Sex.Female,
        _ => null,
    };

    private static Domain.Workers.Provenance? ParseProvenance(string text)
    {
        var key = Key(text);
        foreach (var (label, value) in ProvenanceNames)
        {
            if (key == Key(label) || key == Key(WorkerLabels.Provenance(value)))
            {
                return value;
            }
        }

        return key == "agen perisai" ? Domain.Workers.Provenance.Perisai : null;
    }

    // Accepts 1000000, 1.000.000, "Rp 1.000.000", "Rp1.000.000,00" and 1,000,000; never a fraction of a rupiah.
    internal static long? ParseMoney(RawCell cell)
    {
        if (cell.Kind == RawKind.Number)
        {
            return cell.Number == Math.Floor(cell.Number) && cell.Number is >= 0 and < 1e15 ? (long)cell.Number : null;
        }

        var text = cell.Display().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (text.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..].TrimStart('.');
        }

        string digits;
        if (DotThousands().IsMatch(text))
        {
            digits = text.Split(',')[0].Replace(".", "", StringComparison.Ordinal);
        }
        else if (CommaThousands().IsMatch(text))
        {
            digits = text.Split('.')[0].Replace(",", "", StringComparison.Ordinal);
        }
        else
        {
            return null;
        }

        return digits.Length is > 0 and <= 15 ? long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    internal static string Key(string text) => MatchKey.Of(text);

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})$")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})*(,0+)?$|^\d+(,0+)?$")]
    private static partial Regex DotThousands();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.0+)?$")]
    private static partial Regex CommaThousands();
}
