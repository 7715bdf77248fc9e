using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CsrSponsorship.CrashHarness;

// What a kill in the middle of a write could break, checked with plain SQL on the file (no EF, no app code,
// so a bug in the app's mapping cannot hide a broken row). Opening the file is also what a restarted
// app does first: SQLite rolls back an interrupted transaction from the WAL here.
public static class InvariantCheck
{
    public const string ImportEventPrefix = "Diimpor dari berkas ";

    // Each query returns the rows that break the rule; the first column identifies the row.
    private static readonly (string Rule, string Sql)[] Rules =
    [
        ("the paid amount of every invoice = the sum of its valid (not reversed) payments", """
            SELECT i.Id, i.PaidAmount, (SELECT COALESCE(SUM(p.Amount), 0) FROM Payments p WHERE p.InvoiceId = i.Id AND p.Status = 1)
            FROM Invoices i
            WHERE i.PaidAmount <> (SELECT COALESCE(SUM(p.Amount), 0) FROM Payments p WHERE p.InvoiceId = i.Id AND p.Status = 1)
            """),
        ("an invoice's status matches its paid amount (Terbit 0, Sebagian dibayar between, Lunas = total; drafts and cancelled unpaid)", """
            SELECT Id, Status, PaidAmount, Total FROM Invoices
            WHERE NOT ((Status IN (1, 2, 5) AND PaidAmount = 0)
                    OR (Status = 3 AND PaidAmount > 0 AND PaidAmount < Total)
                    OR (Status = 4 AND PaidAmount = Total))
            """),
        ("an invoice's total = the sum of its lines", """
            SELECT i.Id, i.Total, (SELECT COALESCE(SUM(l.Amount), 0) FROM InvoiceLines l WHERE l.InvoiceId = i.Id)
            FROM Invoices i WHERE i.Total <> (SELECT COALESCE(SUM(l.Amount), 0) FROM InvoiceLines l WHERE l.InvoiceId = i.Id)
            """),
        ("an issued invoice has its number", """
            SELECT Id FROM Invoices WHERE Status IN (2, 3, 4) AND (Number IS NULL OR IssueDate IS NULL)
            """),
        ("a settled invoice has activated its coverage", """
            SELECT Id FROM Invoices WHERE Status = 4 AND CoverageActivatedAtUtc IS NULL
            """),
        ("a billed sponsorship is Ditagih until its invoice is first settled, then Aktif (or Berakhir)", """
            SELECT s.Id, s.Status, i.Id, i.Status FROM InvoiceWorkers w
            JOIN Invoices i ON i.Id = w.InvoiceId JOIN Sponsorships s ON s.Id = w.SponsorshipId
            WHERE w.Released = 0 AND i.Status IN (2, 3, 4)
              AND ((i.CoverageActivatedAtUtc IS NULL AND s.Status <> 2) OR (i.CoverageActivatedAtUtc IS NOT NULL AND s.Status NOT IN (3, 4)))
            """),
        ("a CSR sponsorship is Ditagih only on a live issued invoice, and Aktif only through a settled one", """
            SELECT s.Id, s.Status FROM Sponsorships s
            WHERE s.Funding = 1 AND ((s.Status = 2 AND NOT EXISTS (
                      SELECT 1 FROM InvoiceWorkers w JOIN Invoices i ON i.Id = w.InvoiceId
                      WHERE w.SponsorshipId = s.Id AND w.Released = 0 AND i.Status IN (2, 3, 4)))
                  OR (s.Status IN (3, 4) AND NOT EXISTS (
                      SELECT 1 FROM InvoiceWorkers w JOIN Invoices i ON i.Id = w.InvoiceId
                      WHERE w.SponsorshipId = s.Id AND w.Released = 0 AND i.CoverageActivatedAtUtc IS NOT NULL)))
            """),
        ("no coverage month without its (live) sponsorship, for the same worker, inside its months", """
            SELECT c.Id, c.SponsorshipId, c.WorkerId, c.Month FROM CoverageMonths c LEFT JOIN Sponsorships s ON s.Id = c.SponsorshipId
            WHERE s.Id IS NULL OR s.Status = 5 OR c.WorkerId <> s.WorkerId OR c.Month < s.StartMonth OR c.Month > s.EndMonth
            """),
        ("every live sponsorship holds all of its coverage months", """
            SELECT s.Id, s.Months, (SELECT COUNT(*) FROM CoverageMonths c WHERE c.SponsorshipId = s.Id) FROM Sponsorships s
            WHERE s.Status <> 5 AND s.Months <> (SELECT COUNT(*) FROM CoverageMonths c WHERE c.SponsorshipId = s.Id)
            """),
        // INDEXED BY: each row looks its entity up by (EntityType, EntityId). Without statistics SQLite may take the
        // (EntityType, Action, AtUtc, Id) index for the same two equalities and walk every "Created" row of the type
        // for each row: quadratic, which made the kill test's checks minutes long.
        ("every worker, sponsorship, invoice and payment has its audit row (written in the same transaction)", """
            SELECT 'Worker', x.Id FROM Workers x WHERE NOT EXISTS (
                SELECT 1 FROM AuditEntries a INDEXED BY IX_AuditEntries_EntityType_EntityId WHERE a.EntityType = 'Worker' AND a.EntityId = CAST(x.Id AS TEXT) AND a.Action = 'Created')
            UNION ALL SELECT 'Sponsorship', x.Id FROM Sponsorships x WHERE NOT EXISTS (
                SELECT 1 FROM AuditEntries a INDEXED BY IX_AuditEntries_EntityType_EntityId WHERE a.EntityType = 'Sponsorship' AND a.EntityId = CAST(x.Id AS TEXT) AND a.Action = 'Created')
            UNION ALL SELECT 'Invoice', x.Id FROM Invoices x WHERE NOT EXISTS (
                SELECT 1 FROM AuditEntries a INDEXED BY IX_AuditEntries_EntityType_EntityId WHERE a.EntityType = 'Invoice' AND a.EntityId = CAST(x.Id AS TEXT) AND a.Action = 'Created')
            UNION ALL SELECT 'Payment', x.Id FROM Payments x WHERE NOT EXISTS (
                SELECT 1 FROM AuditEntries a INDEXED BY IX_AuditEntries_EntityType_EntityId WHERE a.EntityType = 'Payment' AND a.EntityId = CAST(x.Id AS TEXT) AND a.Action = 'Created')
            """),
    ];

    public static CheckReport Run(string databasePath, IReadOnlyList<string> logs)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException("No database to check.", databasePath);
        }

        var report = new CheckReport();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false,
        }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 10000;");

        report.IntegrityErrors.AddRange(Column(connection, "PRAGMA integrity_check;").Where(r => r != "ok"));
        foreach (var row in Rows(connection, "PRAGMA foreign_key_check;", 10))
        {
            report.IntegrityErrors.Add("foreign key: " + string.Join(" ", row));
        }

        foreach (var (rule, sql) in Rules)
        {
            report.Add(rule, Rows(connection, sql, 3), Scalar(connection, $"SELECT COUNT(*) FROM ({sql})"));
        }

        CheckImportedFiles(connection, report);
        CheckNoStaleLock(databasePath, report);
        foreach (var log in logs)
        {
            CheckCommitted(connection, log, report);
        }

        report.Stats["files"] = Scalar(connection,
            $"SELECT COUNT(DISTINCT Description) FROM WorkerEvents WHERE Description LIKE '{ImportEventPrefix}{ImportWriter.FilePrefix}%'");
        report.Stats["imported_workers"] = Scalar(connection, "SELECT COUNT(*) FROM Workers WHERE ImportBatchId IS NOT NULL");
        report.Stats["payments"] = Scalar(connection, $"SELECT COUNT(*) FROM Payments WHERE BankReference LIKE '{PaymentWriter.ReferencePrefix}%'");
        report.Stats["reversed"] = Scalar(connection, $"SELECT COUNT(*) FROM Payments WHERE BankReference LIKE '{PaymentWriter.ReferencePrefix}%' AND Status = 2");
        report.Stats["settled_invoices"] = Scalar(connection, "SELECT COUNT(*) FROM Invoices WHERE Status = 4");
        report.Stats["coverage_months"] = Scalar(connection, "SELECT COUNT(*) FROM CoverageMonths");
        return report;
    }

    // "No half-imported file": every batch of imported workers is exactly the whole file its import record (the
    // audit row WorkerImportService writes in the same transaction) says it was, each worker with its import event,
    // and no file content went in twice. Batches from before import records existed cannot be counted; they are
    // still checked for their events and reported in the stats.
    private const string ImportRecords = "SELECT EntityId, After FROM AuditEntries WHERE Action = 'Imported' AND EntityType = 'WorkerImport'";

    private static void CheckImportedFiles(SqliteConnection connection, CheckReport report)
    {
        var groups = Rows(connection, $"""
            SELECT w.ImportBatchId, e.Description, COUNT(*) FROM Workers w
            LEFT JOIN WorkerEvents e ON e.WorkerId = w.Id AND e.Description LIKE '{ImportEventPrefix}%'
            WHERE w.ImportBatchId IS NOT NULL GROUP BY w.ImportBatchId, e.Description
            """, int.MaxValue);
        var records = Rows(connection, $"""
            SELECT upper(r.EntityId), COUNT(*), MAX(json_extract(r.After, '$.Rows')), MAX(json_extract(r.After, '$.FileName')),
                   MAX(json_extract(r.After, '$.Sha256'))
            FROM ({ImportRecords}) r GROUP BY upper(r.EntityId)
            """, int.MaxValue).ToDictionary(r => r[0], StringComparer.Ordinal);
        var broken = new List<string>();
        var unrecorded = 0;
        foreach (var batch in groups.GroupBy(g => g[0]))
        {
            var parts = batch.ToList();
            var count = long.Parse(parts[0][2], CultureInfo.InvariantCulture);
            var found = records.GetValueOrDefault(batch.Key);
            unrecorded += found is null ? 1 : 0;
            var whole = found is null || (found[1] == "1" && long.TryParse(found[2], CultureInfo.InvariantCulture, out var rows) && rows == count);
            if (parts.Count != 1 || parts[0][1].Length == 0 || !whole)
            {
                var expected = found is null ? "no import record" : $"import record of {found[3]}: {found[2]} rows";
                broken.Add($"batch {batch.Key} ({expected}): " + string.Join("; ", parts.Select(p => $"{(p[1].Length == 0 ? "(no import event)" : p[1])} × {p[2]}")));
            }
        }

        var batches = groups.Select(g => g[0]).ToHashSet(StringComparer.Ordinal);
        broken.AddRange(records.Values.Where(r => !batches.Contains(r[0])).Select(r => $"batch {r[0]}: import record of {r[3]} ({r[2]} rows) without its workers"));
        broken.AddRange(records.Values.Where(r => r[4].Length > 0).GroupBy(r => r[4], StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"the same file content imported {g.Count()} times: {string.Join(", ", g.Select(r => r[3]))}"));

        report.Add("no half-imported file: each import batch is the whole file its import record names, every worker with its import event", [.. broken.Take(3).Select(b => new[] { b })], broken.Count);
        report.Stats["unrecorded_import_batches"] = unrecorded;
    }

    // The web host's "in use" lock is a file lock the OS drops with the process: a killed app must not leave
    // `-- restore` refusing with "Aplikasi sedang berjalan".
    private static void CheckNoStaleLock(string databasePath, CheckReport report)
    {
        var broken = new List<string[]>();
        try
        {
            using var exclusive = new FileStream(databasePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            broken.Add([ex.Message]);
        }

        report.Add("no stale in-use lock after the process is gone (restore would refuse)", broken, broken.Count);
    }

    // Whatever a killed run reported as committed must have survived the kill (WAL + synchronous=NORMAL
    // loses nothing on a process crash; only a power loss may drop the last transactions).
    private static void CheckCommitted(SqliteConnection connection, string log, CheckReport report)
    {
        var missing = new List<string>();
        var seen = 0;
        foreach (var line in File.ReadLines(log))
        {
            var f = line.Split(' ');
            var sql = f[0] switch
            {
                "import-commit" => $"SELECT COUNT(*) = {f[2]} FROM Workers WHERE ImportBatchId = upper('{Guid.Parse(f[3])}')",
                "pay-commit" => $"SELECT COUNT(*) = 1 FROM Payments WHERE Id = {int.Parse(f[4], CultureInfo.InvariantCulture)} AND InvoiceId = {int.Parse(f[2], CultureInfo.InvariantCulture)} AND Amount = {long.Parse(f[3], CultureInfo.InvariantCulture)} AND BankReference = '{Safe(f[1])}'",
                "reverse-commit" => $"SELECT COUNT(*) = 1 FROM Payments WHERE Id = {int.Parse(f[1], CultureInfo.InvariantCulture)} AND Status = 2",
                "adopt-commit" => $"SELECT COUNT(*) = {int.Parse(f[2], CultureInfo.InvariantCulture)} FROM Sponsorships WHERE BatchId = upper('{Guid.Parse(f[1])}')",
                "issue-commit" => $"SELECT COUNT(*) = 1 FROM Invoices WHERE Id = {int.Parse(f[1], CultureInfo.InvariantCulture)} AND Status IN (2, 3, 4)",
                _ => null,
            };
            if (sql is null)
            {
                continue;
            }

            seen++;
            if (Scalar(connection, sql) != 1)
            {
                missing.Add(line);
            }
        }

        report.Committed += seen;
        report.Add($"everything {Path.GetFileName(log)} reported as committed is still there", missing.Take(3).Select(m => new[] { m }).ToList(), missing.Count);
    }

    private static string Safe(string reference) =>
        reference.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? reference : throw new FormatException($"Unexpected reference {reference}");

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<string> Column(SqliteConnection connection, string sql) => [.. Rows(connection, sql, int.MaxValue).Select(r => r[0])];

    private static List<string[]> Rows(SqliteConnection connection, string sql, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (rows.Count < limit && reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }
}

public sealed class CheckReport
{
    private readonly List<(string Rule, List<string[]> Examples, long Count)> results = [];

    public List<string> IntegrityErrors { get; } = [];

    public Dictionary<string, long> Stats { get; } = new(StringComparer.Ordinal);

    public int Committed { get; set; }

    public int BrokenInvariants => results.Count(r => r.Count > 0);

    public bool Ok => IntegrityErrors.Count == 0 && BrokenInvariants == 0;

    public void Add(string rule, List<string[]> examples, long count) => results.Add((rule, examples, count));

    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var error in IntegrityErrors.Take(20))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"INTEGRITY: {error}");
        }

        foreach (var (rule, examples, count) in results)
        {
            text.AppendLine(count == 0
                ? $"ok      {rule}"
                : string.Create(CultureInfo.InvariantCulture, $"BROKEN  {rule}: {count} rows, e.g. {string.Join(" | ", examples.Select(e => string.Join(",", e)))}"));
        }

        // The last line is the one the test and the script read.
        text.Append(CultureInfo.InvariantCulture,
            $"check: integrity {(IntegrityErrors.Count == 0 ? "ok" : "FAILED")}, {IntegrityErrors.Count} integrity errors, {BrokenInvariants} broken invariants, ");
        text.Append(CultureInfo.InvariantCulture, $"{Committed} logged commits verified, ");
        text.AppendJoin(", ", Stats.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}={s.Value}")));
        return text.ToString();
    }
}
