namespace CsrSponsorship.Core.Documents.Spreadsheets;

public enum ImportColumnKind
{
    Text,

    // Digits that Excel would mangle as numbers (NIK, KPJ, phone, RT/RW, region codes): text cells.
    Code,
    Date,
    Money,
}

// Header is what the template prints; Label is the short name used in messages. Either is accepted
// as a header on upload, so "Tanggal Lahir" works as well as "Tanggal Lahir (DD-MM-YYYY)".
public sealed record ImportColumn(string Header, string Label, ImportColumnKind Kind, double Width, string Required, string Help);

// The contract between the downloadable template, the upload parser and the error report.
public static class WorkerImportColumns
{
    public static readonly ImportColumn Nik = new("NIK", "NIK", ImportColumnKind.Code, 20, "Wajib",
        "16 angka sesuai KTP/KK, diketik sebagai teks (kolom ini sudah berformat Teks). Jangan ditempel sebagai angka: Excel hanya menyimpan 15 angka dan mengubah angka terakhir.");

    public static readonly ImportColumn FullName = new("Nama Lengkap", "Nama Lengkap", ImportColumnKind.Text, 28, "Wajib",
        "Nama lengkap sesuai KTP, paling banyak 150 karakter.");

    public static readonly ImportColumn BirthPlace = new("Tempat Lahir", "Tempat Lahir", ImportColumnKind.Text, 16, "Wajib",
        "Kota/kabupaten tempat lahir.");

    public static readonly ImportColumn BirthDate = new("Tanggal Lahir (DD-MM-YYYY)", "Tanggal Lahir", ImportColumnKind.Date, 16, "Boleh kosong",
        "Tanggal Excel atau teks DD-MM-YYYY (misalnya 17-08-1985). Harus sesuai dengan NIK (perempuan: tanggal pada NIK ditambah 40). Boleh dikosongkan: diambil dari NIK.");

    public static readonly ImportColumn Sex = new("Jenis Kelamin (L/P)", "Jenis Kelamin", ImportColumnKind.Text, 12, "Boleh kosong",
        "L untuk laki-laki, P untuk perempuan. Harus sesuai dengan NIK. Boleh dikosongkan: diambil dari NIK.");

    public static readonly ImportColumn DesaCode = new("Kode Desa", "Kode Desa", ImportColumnKind.Code, 16, "Salah satu wajib",
        "Kode Kemendagri desa/kelurahan domisili, misalnya 63.01.02.2005 (lihat sheet Daftar). Bila Kode Desa dan Nama Desa sama-sama diisi, yang dipakai Kode Desa.");

    public static readonly ImportColumn DesaName = new("Nama Desa", "Nama Desa", ImportColumnKind.Text, 22, "Salah satu wajib",
        "Nama desa/kelurahan domisili dari daftar (sheet Daftar). Cukup isi salah satu: Kode Desa atau Nama Desa.");

    public static readonly ImportColumn Rt = new("RT", "RT", ImportColumnKind.Code, 6, "Boleh kosong", "Angka 1–999, boleh dikosongkan.");

    public static readonly ImportColumn Rw = new("RW", "RW", ImportColumnKind.Code, 6, "Boleh kosong", "Angka 1–999, boleh dikosongkan.");

    public static readonly ImportColumn Address = new("Alamat", "Alamat", ImportColumnKind.Text, 30, "Wajib",
        "Jalan, gang, atau dusun; paling banyak 250 karakter.");

    public static readonly ImportColumn Phone = new("No. HP", "No. HP", ImportColumnKind.Code, 16, "Boleh kosong",
        "Nomor seluler diawali 08 atau +628, boleh dikosongkan.");

    public static readonly ImportColumn Occupation = new("Pekerjaan", "Pekerjaan", ImportColumnKind.Text, 30, "Wajib",
        "Pilih dari daftar (sheet Daftar).");

    public static readonly ImportColumn OccupationOther = new("Pekerjaan Lainnya", "Pekerjaan Lainnya", ImportColumnKind.Text, 20, "Bila Lainnya",
        "Wajib bila Pekerjaan = Lainnya; sebutkan pekerjaannya.");

    public static readonly ImportColumn Income = new("Penghasilan per Bulan", "Penghasilan per Bulan", ImportColumnKind.Money, 18, "Boleh kosong",
        "Rupiah tanpa desimal, misalnya 1000000 atau 1.000.000. Minimal Rp 1.000.000; bila dikosongkan dipakai Rp 1.000.000.");

    public static readonly ImportColumn Kpj = new("No. KPJ", "No. KPJ", ImportColumnKind.Code, 14, "Boleh kosong",
        "Nomor kartu peserta BPJS Ketenagakerjaan (11 angka) bila sudah ada; boleh dikosongkan.");

    public static readonly ImportColumn Provenance = new("Asal Pendaftaran", "Asal Pendaftaran", ImportColumnKind.Text, 18, "Wajib",
        "Loket, Perisai, Pendataan Desa, atau Usulan Perusahaan.");

    public static readonly ImportColumn ConsentBy = new("Petugas Persetujuan", "Petugas Persetujuan", ImportColumnKind.Text, 22, "Wajib",
        "Nama petugas yang meminta persetujuan pekerja atas pemrosesan data pribadinya (UU 27/2022). Wajib.");

    public static readonly ImportColumn ConsentOn = new("Tanggal Persetujuan (DD-MM-YYYY)", "Tanggal Persetujuan", ImportColumnKind.Date, 18, "Wajib",
        "Tanggal persetujuan diberikan; tidak boleh di masa depan. Wajib.");

    public static readonly ImportColumn Notes = new("Catatan", "Catatan", ImportColumnKind.Text, 30, "Boleh kosong", "Boleh dikosongkan; paling banyak 500 karakter.");

    public static IReadOnlyList<ImportColumn> All { get; } =
    [
        Nik, FullName, BirthPlace, BirthDate, Sex, DesaCode, DesaName, Rt, Rw, Address, Phone, Occupation, OccupationOther,
        Income, Kpj, Provenance, ConsentBy, ConsentOn, Notes,
    ];

    public const string ErrorsHeader = "Kesalahan";

    public const string WarningsHeader = "Peringatan";

    public const string RowHeader = "Baris Asal";

    public const string DataSheet = "Data";

    public const string ListSheet = "Daftar";

    public const string InstructionsSheet = "Petunjuk";

    public const int MaxRows = 20_000;

    public static IReadOnlyList<(string Label, Domain.Workers.Provenance Value)> ProvenanceNames { get; } =
    [
        ("Loket", Domain.Workers.Provenance.Loket),
        ("Perisai", Domain.Workers.Provenance.Perisai),
        ("Pendataan Desa", Domain.Workers.Provenance.PendataanDesa),
        ("Usulan Perusahaan", Domain.Workers.Provenance.UsulanPerusahaan),
    ];
}
