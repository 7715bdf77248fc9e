namespace CsrSponsorship.Core.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    // "Sqlite" (the embedded default) or "PostgreSQL" (with ConnectionString in Npgsql form); see DatabaseEngine.
    public string Provider { get; set; } = "Sqlite";

    // Wins over Path when set; required for PostgreSQL.
    public string? ConnectionString { get; set; }

    // Relative paths are resolved against the content root.
    public string Path { get; set; } = "App_Data/csr.db";

    public bool MigrateOnStartup { get; set; } = true;

    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        var file = System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(contentRoot, Path);
        var directory = System.IO.Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return $"Data Source={file};Pooling=True";
    }
}

public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    public string Password { get; set; } = "Tala-Demo-2026!";
}
