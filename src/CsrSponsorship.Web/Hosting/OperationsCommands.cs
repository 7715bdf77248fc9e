using CsrSponsorship.Core.Data;

namespace CsrSponsorship.Web.Hosting;

// `dotnet run -- backup <file>` and `-- restore <file>`: same configuration as the app, no web host started.
// The engine does it (SQLite) or says which PostgreSQL tool to run (docs/postgresql.md).
internal static class OperationsCommands
{
    public static bool IsCommand(string[] args) => args is ["backup" or "restore", _, ..];

    public static async Task<int> RunAsync(WebApplicationBuilder builder, string[] args)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        try
        {
            var engine = DatabaseEngine.For(options, builder.Environment.ContentRootPath);
            return await engine.RunMaintenanceAsync(args[0], args[1], Console.Out, Console.Error);
        }
        catch (DatabaseUnavailableException configuration)
        {
            await Console.Error.WriteLineAsync(configuration.Message);
            return 1;
        }
    }
}
