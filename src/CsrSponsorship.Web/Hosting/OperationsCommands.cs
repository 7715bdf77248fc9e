using CsrSponsorship.Core.Data;

namespace CsrSponsorship.Web.Hosting;

// `dotnet run -- backup <file>` and `-- restore <file>`: same configuration as the app, no web host started.
internal static class OperationsCommands
{
    public static bool IsCommand(string[] args) => args is ["backup" or "restore", _, ..];

    public static async Task<int> RunAsync(WebApplicationBuilder builder, string[] args)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var database = DatabaseMaintenance.DatabaseFile(options.ResolveConnectionString(builder.Environment.ContentRootPath));
        try
        {
            if (args[0] == "backup")
            {
                await DatabaseMaintenance.BackupAsync(database, args[1]);
                Console.WriteLine($"Cadangan dibuat: {Path.GetFullPath(args[1])} (dari {database}).");
            }
            else
            {
                await DatabaseMaintenance.RestoreAsync(args[1], database);
                Console.WriteLine($"Database {database} dipulihkan dari {Path.GetFullPath(args[1])}.");
            }

            return 0;
        }
        catch (IOException error)
        {
            Console.Error.WriteLine(error.Message);
            return 1;
        }
    }
}
