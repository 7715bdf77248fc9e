using CsrSponsorship.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (OperationsCommands.IsCommand(args))
{
    return await OperationsCommands.RunAsync(builder, args);
}

builder.AddCsrSponsorship();

var app = builder.Build();
await app.UseCsrSponsorshipAsync();
await app.RunAsync();
return 0;

// Visible to WebApplicationFactory in the browser tests.
public partial class Program;
