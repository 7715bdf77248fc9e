using System.Text.Json;
using CsrSponsorship.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CsrSponsorship.Web.Hosting;

// Whether the database answers, for the load balancer (503 takes the instance out) and the operator.
internal sealed class DatabaseHealthCheck(DatabaseEngine engine) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["engine"] = engine.Name };
        return await engine.AnswersAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"Database {engine.Name} menjawab.", data)
            : HealthCheckResult.Unhealthy($"Database {engine.Name} tidak menjawab.", data: data);
    }
}

internal static class HealthEndpoint
{
    // 200 Healthy / 503 Unhealthy (ASP.NET's mapping). The body is the status word, as probes expect; asked for JSON
    // (Accept: application/json) it also gives each check's status, the engine and the check's own sentence. Never an
    // exception text or a connection string: the endpoint is anonymous.
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        return endpoints;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        if (!context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(report.Status.ToString(), context.RequestAborted);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsJsonAsync(
            new
            {
                status = report.Status.ToString(),
                checks = report.Entries.Select(entry => new
                {
                    name = entry.Key,
                    status = entry.Value.Status.ToString(),
                    engine = entry.Value.Data.TryGetValue("engine", out var engine) ? engine : null,
                    // A check that threw carries the exception's message as its description: not for anonymous eyes.
                    description = entry.Value.Exception is null ? entry.Value.Description : "Pemeriksaan gagal.",
                }),
            },
            JsonOptions,
            context.Response.ContentType,
            context.RequestAborted);
    }
}
