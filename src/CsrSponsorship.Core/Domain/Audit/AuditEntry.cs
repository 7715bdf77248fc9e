namespace CsrSponsorship.Core.Domain.Audit;

// One append-only row per change; the database refuses UPDATE and DELETE on this table (trigger in the AuditLog migration).
public class AuditEntry
{
    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityId { get; set; } = "";

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public string? CorrelationId { get; private set; }

    private AuditEntry()
    {
    }

    public static AuditEntry Create(
        DateTime atUtc, AuditActor actor, string action, string entityType, string entityId, string? before, string? after, string? correlationId = null) =>
        new()
        {
            AtUtc = atUtc,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before,
            After = after,
            CorrelationId = correlationId,
        };

    // An event a service writes in its own transaction (an import batch, a cancelled invoice), its detail as JSON.
    public static AuditEntry Event(DateTime atUtc, AuditActor actor, string action, string entityType, object entityId, object detail) =>
        Create(atUtc, actor, action, entityType, Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "", null,
            System.Text.Json.JsonSerializer.Serialize(detail));
}

public static class AuditActions
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";

    // One row per spreadsheet import, in the import's own transaction: the record of the batch (file, rows, hash).
    public const string Imported = "Imported";
    public const string WorkerImportEntity = "WorkerImport";

    // What an officer chose when cancelling an invoice, and which worker left a draft (decisions 0190, 0191).
    public const string InvoiceCancelled = "InvoiceCancelled";
    public const string InvoiceWorkerRemoved = "InvoiceWorkerRemoved";
}

public sealed record AuditActor(string UserId, string UserName)
{
    public static readonly AuditActor System = new("system", "system");

    // The DbContext comes from a singleton factory and cannot see the circuit's ICurrentUser, so the caller
    // travels in an AsyncLocal that Caller.IsAny sets when a service checks access. Setting it inside a
    // synchronous call keeps it for the rest of that service method and never leaks back to its caller.
    private static readonly AsyncLocal<AuditActor?> Ambient = new();

    public static AuditActor Current => Ambient.Value ?? System;

    public static void Set(AuditActor actor) => Ambient.Value = actor;
}

// The log stores stable English codes (filters and tests rely on them); people read Indonesian.
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        [AuditActions.Created] = "Dibuat",
        [AuditActions.Updated] = "Diubah",
        [AuditActions.Deleted] = "Dihapus",
        [AuditActions.Imported] = "Diimpor",
        ["Exported"] = "Diekspor",
        ["NikRevealed"] = "NIK lengkap dibuka",
        ["DuplicateNikRefused"] = "Pendaftaran NIK ganda ditolak",
        ["BpjsListChecked"] = "Daftar BPJS dicocokkan",
        ["SignedIn"] = "Masuk",
        ["SignInFailed"] = "Gagal masuk",
        [AuditActions.InvoiceCancelled] = "Tagihan dibatalkan",
        [AuditActions.InvoiceWorkerRemoved] = "Pekerja dikeluarkan dari draf tagihan",
    };

    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["Worker"] = "Pekerja",
        [AuditActions.WorkerImportEntity] = "Impor pekerja",
        ["Company"] = "Perusahaan",
        ["CompanyOperatingDesa"] = "Desa operasi perusahaan",
        ["Sponsorship"] = "Kepesertaan",
        ["Invoice"] = "Tagihan",
        ["Payment"] = "Pembayaran",
        ["RateVersionRecord"] = "Tarif iuran",
        ["ProgrammeSettings"] = "Pengaturan program",
        ["CircularLetter"] = "Surat edaran",
        ["User"] = "Pengguna",
        ["AuditLog"] = "Log audit",
        ["CsrStatement"] = "Pernyataan CSR",
        ["BpjsList"] = "Daftar peserta BPJS",
    };

    public static string Action(string code) => Actions.GetValueOrDefault(code, code);

    // Export sheet names ("Rekap Tagihan", "Pekerja") are already Indonesian and pass through.
    public static string Entity(string code) => Entities.GetValueOrDefault(code, code);
}
