using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Core.Features.Workers;

// RowNumber is the Excel row number; Cells follow ImportPreview.Headers. Every issue message names its column.
public sealed record ImportRowResult(
    int RowNumber,
    IReadOnlyList<string> Cells,
    string Nik,
    string FullName,
    IReadOnlyList<FieldIssue> Errors,
    IReadOnlyList<FieldIssue> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}

public sealed class ImportPreview
{
    internal ImportPreview(
        Guid batchId, string fileName, string sha256, IReadOnlyList<string> headers, IReadOnlyList<ImportRowResult> rows,
        IReadOnlyList<ValidWorker> validWorkers)
    {
        BatchId = batchId;
        FileName = fileName;
        Sha256 = sha256;
        Headers = headers;
        Rows = rows;
        ValidWorkers = validWorkers;
        ValidCount = rows.Count(r => r.IsValid);
        ErrorCount = rows.Count - ValidCount;
        WarningCount = rows.Count(r => r.Warnings.Count > 0);
    }

    public Guid BatchId { get; }

    public string FileName { get; }

    // Lower-case hex of the uploaded bytes: lets a page or a log recognise the same file uploaded again.
    public string Sha256 { get; }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<ImportRowResult> Rows { get; }

    // Rows without errors.
    public int ValidCount { get; }

    // Rows with at least one error (they are never imported).
    public int ErrorCount { get; }

    // Rows with at least one warning, valid or not.
    public int WarningCount { get; }

    // Exactly what "import valid rows" will insert, in row order, fixed at preview time.
    internal IReadOnlyList<ValidWorker> ValidWorkers { get; }
}

public sealed record ImportOutcome(int Imported, int FlaggedForReview, Guid BatchId);

// The After of an import's audit row (AuditActions.Imported). CrashHarness check reads "Rows" with plain SQL.
internal sealed record ImportRecord(string FileName, int Rows, string Sha256);
