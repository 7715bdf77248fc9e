using CsrSponsorship.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCsrSponsorship();

var app = builder.Build();
await app.UseCsrSponsorshipAsync();
await app.RunAsync();

// Visible to WebApplicationFactory in the browser tests.
public partial class Program;
