using System.Globalization;
using CsrSponsorship.Core.Data;

namespace CsrSponsorship.Benchmarks.Scale;

// `scale` arguments. The defaults are issue 20's figures; the small knobs exist for the suite's smoke run.
public sealed record ScaleOptions
{
    public int Workers { get; init; } = 100_000;

    public string? JsonFile { get; init; }

    public string Provider { get; init; } = DatabaseEngine.SqliteName;

    // PostgreSQL: any database on the server to connect to first; the tool creates its own beside it and drops it.
    public string? Connection { get; init; }

    // SQLite: the file to build; PostgreSQL: the database's name on the --connection server. Replaced if present and kept
    // at the end; by default a new temp folder / csr_scale_… database, deleted at the end.
    public string? Database { get; init; }

    public int Runs { get; init; } = 20;

    // The multi-second documents (combined letter, Excel) are timed this many times; their medians are in seconds.
    public int HeavyRuns { get; init; } = 3;

    public int LetterRecipients { get; init; } = 1_000;

    public int ExcelRows { get; init; } = 100_000;

    public int PaymentWriters { get; init; } = 32;

    public int PaymentsPerWriter { get; init; } = 10;

    // Rows of the seeded audit log; by default twice the workers (a registration and a later change each).
    public int? AuditRowsOption { get; init; }

    public int AuditRows => AuditRowsOption ?? Workers * 2;

    // Off for a quick look: peaks then read 0 (no child process is started).
    public bool Peaks { get; init; } = true;

    // Seeding alone (its time is printed, no JSON): for sizes whose full run would take too long on a shared machine.
    public bool SeedOnly { get; init; }

    // Only the three list keys (and the list's cursor pages, printed): for iterating on the worker list.
    public bool ListsOnly { get; init; }

    public bool IsPostgres => string.Equals(Provider, DatabaseEngine.PostgreSqlName, StringComparison.OrdinalIgnoreCase);

    public int Companies => Math.Max(Workers / 1_000, LetterRecipients);

    // Every fifth worker is sponsored, as in the regency's data today.
    public int Sponsorships => Workers / 5;

    public static ScaleOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ScaleOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            int Number() => int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            options = name switch
            {
                "--workers" => options with { Workers = Number() },
                "--json" => options with { JsonFile = Value() },
                "--provider" => options with { Provider = Value() },
                "--connection" => options with { Connection = Value() },
                "--database" => options with { Database = Value() },
                "--runs" => options with { Runs = Number() },
                "--heavy-runs" => options with { HeavyRuns = Number() },
                "--letter-recipients" => options with { LetterRecipients = Number() },
                "--excel-rows" => options with { ExcelRows = Number() },
                "--payment-writers" => options with { PaymentWriters = Number() },
                "--payments-per-writer" => options with { PaymentsPerWriter = Number() },
                "--audit-rows" => options with { AuditRowsOption = Number() },
                "--no-peaks" => options with { Peaks = false },
                "--seed-only" => options with { SeedOnly = true },
                "--lists-only" => options with { ListsOnly = true },
                _ => throw new ArgumentException($"unknown argument {name}"),
            };
        }

        return options.Validate();
    }

    private ScaleOptions Validate()
    {
        if (IsPostgres && string.IsNullOrWhiteSpace(Connection))
        {
            throw new ArgumentException("--provider PostgreSQL needs --connection \"Host=...;Username=...;Password=...\"");
        }

        if (!IsPostgres && !string.Equals(Provider, DatabaseEngine.SqliteName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("--provider is Sqlite or PostgreSQL");
        }

        // The Excel month covers one worker per row; the payment writers each need an unpaid invoice of their own.
        if (Workers < 100 || ExcelRows > Workers || Runs < 1 || HeavyRuns < 1 || PaymentWriters < 1 || LetterRecipients < 1)
        {
            throw new ArgumentException("need --workers ≥ 100, --excel-rows ≤ --workers, and at least one run, writer and recipient");
        }

        return this;
    }
}
