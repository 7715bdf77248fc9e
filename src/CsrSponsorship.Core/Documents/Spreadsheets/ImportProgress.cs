namespace CsrSponsorship.Core.Documents.Spreadsheets;

// Stage is shown as is: "Membaca berkas", "Memeriksa baris", "Menyimpan". Total 0 means not known yet.
public sealed record ImportProgress(string Stage, int Done, int Total)
{
    public const string Reading = "Membaca berkas";
    public const string Checking = "Memeriksa baris";
    public const string Saving = "Menyimpan";
}
