namespace CsrSponsorship.Core.Documents.Spreadsheets;

// The contract between the upload parser, the template and the page's help text. Headers are matched
// without regard to case, spaces and punctuation, so "dibayar s/d" and "No. KPJ" are understood too.
public static class BpjsListColumns
{
    public const string Nik = "NIK";
    public const string Kpj = "KPJ";
    public const string Status = "Status";
    public const string PaidThrough = "Dibayar s.d.";

    public const int MaxRows = 50_000;

    public static IReadOnlyList<string> All { get; } = [Nik, Kpj, Status, PaidThrough];

    internal static IReadOnlyDictionary<string, string[]> Aliases { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Nik] = ["NIK", "No. NIK", "Nomor NIK", "NIK KTP"],
        [Kpj] = ["KPJ", "No. KPJ", "Nomor KPJ", "No. Kartu", "Nomor Kartu Peserta"],
        [Status] = ["Status", "Status Kepesertaan", "Status Peserta"],
        [PaidThrough] = ["Dibayar s.d.", "Dibayar s/d", "Dibayar sampai dengan", "Dibayar sampai", "Iuran dibayar s.d.", "Bulan terakhir dibayar"],
    };
}
