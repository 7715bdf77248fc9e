using CsrSponsorship.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (OperationsCommands.IsCommand(args))
{
    return await OperationsCommands.RunAsync(builder, args);
}

builder.AddCsrSponsorship();

var app = builder.Build();
try
{
    await app.UseCsrSponsorshipAsync();
}
catch (CsrSponsorship.Core.Data.DatabaseUnavailableException unavailable)
{
    // One line the operator can act on (which host, what to check), no stack trace.
    await Console.Error.WriteLineAsync(unavailable.Message);
    return 1;
}

await app.RunAsync();
return 0;

// Visible to WebApplicationFactory in the browser tests.
public partial class Program;
