namespace CsrSponsorship.Core.Documents;

// The company's yearly CSR figures as the PDF and the workbook print them (CsrStatementService prepares them). The
// letterhead is not part of the figures: the service hands it to the PDF layout.
public sealed record CsrStatementDesa(string DesaCode, string DesaName, string KecamatanName, int Workers, int WorkerMonths, long Invoiced, long Paid);

public sealed record CsrStatement(
    int CompanyId, string CompanyName, string? CompanyNpwp, int Year, int Workers, int WorkerMonths, long Invoiced, long Paid,
    IReadOnlyList<CsrStatementDesa> Desa, DateOnly PreparedOn)
{
    public int DesaCovered => Desa.Count;

    // Printed on the PDF and the sheet alike, so that a reader knows what every figure counts (decision 0131).
    public string Basis =>
        $"Semua angka dihitung per bulan kepesertaan yang jatuh pada Januari–Desember {Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}, "
        + "dari kepesertaan yang sudah ditagihkan (tagihan terbit dan tidak dibatalkan); kepesertaan yang melewati pergantian tahun dibagi menurut bulannya. "
        + "Ditagihkan: jumlah yang dibekukan pada tagihan. Dibayar: pembayaran sah atas tagihan itu, dibagi ke bulan kepesertaan sebanding dengan "
        + "jumlah tagihannya, apa pun tanggal bayarnya. Perlindungan berlaku untuk bulan yang tagihannya sudah lunas. "
        + "Seorang pekerja yang didanai lebih dari satu kali dihitung sekali pada jumlah pekerja.";
}
