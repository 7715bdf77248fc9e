namespace CsrSponsorship.Core.Domain.Workers;

// How many workers one desa has in one status. Written only by the database's triggers on Workers (migration
// WorkerSearchAtScale, decision 0212), in the same transaction as the change, whatever wrote it; the app only reads it
// (the worker list's totals; dashboards may sum it by kecamatan, desa or status instead of counting Workers).
public sealed class WorkerCount
{
    private WorkerCount()
    {
    }

    public string DesaCode { get; private set; } = "";

    public string KecamatanCode { get; private set; } = "";

    public WorkerStatus Status { get; private set; }

    public int Count { get; private set; }
}
