using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents.Excel;
using CsrSponsorship.Core.Documents.Spreadsheets;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Outreach;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Core.Features.Wilayah;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Outreach;

// Nominations in bulk: a village officer's or community-group leader's list (the template below), uploaded by a desk
// agent or Disnakerind, becomes leads. Each row is checked with the interest form's rules and the same row-level error
// report as the worker import is offered; only valid rows are stored, all at once, or none.
public sealed class NominationService(IDbContextFactory<AppDbContext> factory, ICurrentUser currentUser, TimeProvider clock)
{
    public const int MaxRows = 2_000;
    public const long MaxFileBytes = XlsxUpload.MaxFileBytes;

    private static readonly string[] Uploaders = [Roles.Admin, Roles.Disnakerind, Roles.Loket];

    private static readonly (string Header, string Help)[] Columns =
    [
        ("Nama Lengkap", "Wajib. Nama sesuai KTP."),
        ("Desa", "Wajib. Nama desa/kelurahan di Kabupaten Tanah Laut (lihat daftar di bawah) atau kodenya, misalnya 63.01.05.2004."),
        ("Pekerjaan", "Wajib. Salah satu pekerjaan di daftar di bawah."),
        ("No. HP", "Wajib. Nomor yang dapat dihubungi petugas loket, misalnya 0812-3456-7890."),
        ("Setuju Dihubungi", "Wajib Ya. Tanyakan dulu kepada orang yang dicalonkan apakah ia setuju dihubungi petugas loket; tanpa Ya baris tidak diimpor."),
        ("Catatan", "Boleh kosong."),
    ];

    public async Task<byte[]> BuildTemplateAsync(CancellationToken ct = default)
    {
        (await currentUser.GetAsync()).Require(Uploaders);
        await using var db = await factory.CreateDbContextAsync(ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        return NominationWorkbook.BuildTemplate(
            Columns, [.. desa.Values.OrderBy(d => d.KecamatanName).ThenBy(d => d.Name).Select(d => $"{d.Name} (Kec. {d.KecamatanName})")],
            [.. Occupations.All.Select(o => o.Name)]);
    }

    public async Task<NominationPreview> PreviewAsync(Stream content, string fileName, long length, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        (await currentUser.GetAsync()).Require(Uploaders);
        var (name, bytes, _) = await XlsxUpload.ReceiveAsync(content, fileName, length, progress, ct);
        var (header, sheetRows) = XlsxSheetReader.ReadSheet(bytes, MaxRows, progress, ct);
        var headers = header.Cells.Select(Text).ToList();
        var positions = Columns.Select(c => headers.FindIndex(h => MatchKey.Of(h) == MatchKey.Of(c.Header))).ToArray();
        var missing = Columns.Where((c, i) => positions[i] < 0 && c.Header != "Catatan").Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException($"Kolom berikut tidak ditemukan pada baris judul (baris 1): {string.Join(", ", missing)}. Gunakan templat daftar calon peserta.");
        }

        if (sheetRows.Count == 0)
        {
            throw new DomainException("Berkas tidak berisi baris data di bawah baris judul.");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var desa = await DesaLookup.LoadAsync(db, ct);
        var desaByName = desa.Values.GroupBy(d => MatchKey.Of(d.Name)).ToDictionary(g => g.Key, g => g.ToList());
        // An occupation by its name, its name without the explanation in brackets ("Petani/Pekebun"), or its code.
        var occupations = Occupations.All
            .SelectMany(o => new[] { o.Name, o.Name.Split(" (")[0], o.Code }.Select(text => (Key: MatchKey.Of(text), o.Code)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Code);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-InterestService.PhoneWindowDays);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<NominationRow>(sheetRows.Count);
        var parsed = new List<(int Row, string FullName, List<string> Errors, LeadData? Data, IReadOnlyList<string> Cells)>();
        foreach (var row in sheetRows)
        {
            // A row's cell array may hold unfilled cells (a row shorter than the header): those read as empty.
            string Cell(int column) => positions[column] >= 0 && positions[column] < row.Cells.Length ? Text(row.Cells[positions[column]]) : "";
            var errors = new List<string>();
            var fullName = OneLineText.Clean(Cell(0));
            if (fullName.Length == 0 || fullName.Length > Lead.NameMax)
            {
                errors.Add(fullName.Length == 0 ? "Nama Lengkap kosong." : $"Nama Lengkap paling banyak {Lead.NameMax} huruf.");
            }

            var desaText = Cell(1);
            DesaInfo? place = desa.GetValueOrDefault(desaText);
            if (place is null && desaByName.TryGetValue(MatchKey.Of(desaText), out var named))
            {
                place = named.Count == 1 ? named[0] : null;
                if (named.Count > 1)
                {
                    errors.Add($"Desa \"{desaText}\" ada di lebih dari satu kecamatan. Tulis kode desanya.");
                }
            }

            if (place is null && !errors.Any(e => e.StartsWith("Desa", StringComparison.Ordinal)))
            {
                errors.Add(desaText.Length == 0 ? "Desa kosong." : $"Desa \"{desaText}\" tidak dikenal di Kabupaten Tanah Laut.");
            }

            var occupation = occupations.GetValueOrDefault(MatchKey.Of(Cell(2)));
            if (occupation is null)
            {
                errors.Add(Cell(2).Length == 0 ? "Pekerjaan kosong." : $"Pekerjaan \"{Cell(2)}\" tidak ada di daftar.");
            }

            var phone = PhoneNumber.Normalize(Cell(3));
            if (Cell(3).Length == 0)
            {
                errors.Add("No. HP kosong: petugas loket perlu menghubunginya.");
            }
            else if (phone.Error is not null)
            {
                errors.Add(phone.Error);
            }
            else if (!seen.Add(phone.Value!))
            {
                errors.Add("No. HP ini sudah ada di baris lain berkas ini.");
            }

            if (MatchKey.Of(Cell(4)) is not ("ya" or "y" or "setuju"))
            {
                errors.Add("Setuju Dihubungi bukan Ya: tanpa persetujuan orang yang dicalonkan, barisnya tidak diimpor.");
            }

            var note = OneLineText.Clean(Cell(5));
            if (note.Length > Lead.NoteMax)
            {
                errors.Add($"Catatan paling banyak {Lead.NoteMax} huruf.");
            }

            var data = errors.Count == 0 ? new LeadData(fullName, place!.Code, place.KecamatanCode, occupation!, phone.Value!, note.Length == 0 ? null : note) : null;
            parsed.Add((row.RowNumber, fullName, errors, data, [.. row.Cells.Select(Text)]));
        }

        var phones = parsed.Where(p => p.Data is not null).Select(p => p.Data!.Phone).ToList();
        var known = (await db.Leads.AsNoTracking().Where(l => phones.Contains(l.Phone) && l.CreatedAtUtc >= since).Select(l => l.Phone).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (rowNumber, fullName, errors, data, cells) in parsed)
        {
            if (data is not null && known.Contains(data.Phone))
            {
                errors.Add($"No. HP ini sudah terdaftar sebagai peminat dalam {InterestService.PhoneWindowDays} hari terakhir.");
            }

            rows.Add(new NominationRow(rowNumber, fullName, errors, errors.Count == 0 ? data : null, cells));
        }

        return new NominationPreview(name, headers, rows);
    }

    private static string Text(RawCell cell) => cell.Text is null || cell.IsBlank ? "" : (cell.Display() ?? "").Trim();

    // Stores every valid row as a lead in one transaction; a row whose phone became known since the preview stops the
    // whole file, so nothing is half-imported.
    public async Task<int> ImportAsync(NominationPreview preview, string nominatedBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        (await currentUser.GetAsync()).Require(Uploaders);
        var by = OneLineText.Clean(nominatedBy);
        if (by.Length == 0 || by.Length > 150)
        {
            throw new DomainException("Tuliskan siapa yang menyerahkan daftar ini, misalnya Kepala Desa Liang Anggang atau Ketua Rukun Kematian Al-Ikhlas.");
        }

        var valid = preview.Rows.Where(r => r.Valid is not null).Select(r => r.Valid!).ToList();
        if (valid.Count == 0)
        {
            throw new DomainException("Tidak ada baris yang valid untuk diimpor. Perbaiki berkas lalu unggah lagi.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-InterestService.PhoneWindowDays);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var phones = valid.Select(v => v.Phone).ToList();
        if (await db.Leads.AnyAsync(l => phones.Contains(l.Phone) && l.CreatedAtUtc >= since, ct))
        {
            throw new DomainException("Data berubah sejak pratinjau: ada nomor HP yang baru saja terdaftar sebagai peminat. Ulangi pratinjau; tidak ada baris yang diimpor.");
        }

        db.Leads.AddRange(valid.Select(v => Lead.FromNomination(v, by, now)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return valid.Count;
    }

    // The worker import's error report: each refused row with its cells and what is wrong with it. An instance method
    // although it needs no state: pages call it on the injected service like the rest.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Service API")]
    public byte[] BuildErrorReport(NominationPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return WorkerImportWorkbook.BuildErrorReport(new ErrorReportModel(
            preview.Headers, [.. preview.Rows.Where(r => r.Errors.Count > 0).Select(r => new ErrorReportRow(r.RowNumber, r.Cells, string.Join("\n", r.Errors), ""))]));
    }
}

public sealed record NominationPreview(string FileName, IReadOnlyList<string> Headers, IReadOnlyList<NominationRow> Rows)
{
    public int ValidCount => Rows.Count(r => r.Valid is not null);

    public int ErrorCount => Rows.Count(r => r.Errors.Count > 0);
}

public sealed record NominationRow(int RowNumber, string FullName, IReadOnlyList<string> Errors, LeadData? Valid, IReadOnlyList<string> Cells);
