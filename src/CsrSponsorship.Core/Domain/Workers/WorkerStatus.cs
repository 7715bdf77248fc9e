namespace CsrSponsorship.Core.Domain.Workers;

public enum WorkerStatus
{
    Terdaftar = 1,
    Terverifikasi = 2,
    Disponsori = 3,
    Mandiri = 4,
    Nonaktif = 5,
}

public enum Provenance
{
    Loket = 1,
    Perisai = 2,
    PendataanDesa = 3,
    UsulanPerusahaan = 4,
}

public static class WorkerLabels
{
    public static string Status(WorkerStatus status) => status switch
    {
        WorkerStatus.Terdaftar => "Terdaftar",
        WorkerStatus.Terverifikasi => "Terverifikasi",
        WorkerStatus.Disponsori => "Disponsori",
        WorkerStatus.Mandiri => "Mandiri",
        WorkerStatus.Nonaktif => "Nonaktif",
        _ => status.ToString(),
    };

    public static string Provenance(Provenance provenance) => provenance switch
    {
        Workers.Provenance.Loket => "Layanan Satu Pintu (loket)",
        Workers.Provenance.Perisai => "Agen Perisai",
        Workers.Provenance.PendataanDesa => "Pendataan desa",
        Workers.Provenance.UsulanPerusahaan => "Usulan perusahaan",
        _ => provenance.ToString(),
    };
}
