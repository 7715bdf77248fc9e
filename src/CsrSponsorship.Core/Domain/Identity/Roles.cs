namespace CsrSponsorship.Core.Domain.Identity;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Disnakerind = "Disnakerind";
    public const string Loket = "Loket";
    public const string Csr = "Csr";
    public const string Keuangan = "Keuangan";

    public static readonly IReadOnlyList<string> All = [Admin, Disnakerind, Loket, Csr, Keuangan];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static string Label(string role) => role switch
    {
        Admin => "Administrator",
        Disnakerind => "Petugas Disnakerind",
        Loket => "Petugas Loket / Perisai",
        Csr => "Petugas CSR Perusahaan",
        Keuangan => "Staf Keuangan",
        _ => role,
    };
}
