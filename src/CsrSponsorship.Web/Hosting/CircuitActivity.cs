using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CsrSponsorship.Web.Hosting;

// A Blazor circuit makes no HTTP requests, so the cookie's sliding expiry never sees a user who works for hours in
// one tab, nor notices a tab left open on a shared office PC. Every inbound circuit message (a click, typing that
// reaches the server, a navigation) is activity; RevalidatingAuthStateProvider ends a circuit idle for 30 minutes.
internal sealed class CircuitActivity(TimeProvider clock) : CircuitHandler
{
    private long lastTicks = clock.GetUtcNow().UtcTicks;

    public DateTimeOffset LastActivity => new(Interlocked.Read(ref lastTicks), TimeSpan.Zero);

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            Interlocked.Exchange(ref lastTicks, clock.GetUtcNow().UtcTicks);
            return next(context);
        };
}

internal static class CircuitActivityRegistration
{
    public static IServiceCollection AddCircuitActivity(this IServiceCollection services)
    {
        services.AddScoped<CircuitActivity>();
        services.AddScoped<CircuitHandler>(provider => provider.GetRequiredService<CircuitActivity>());
        return services;
    }

    // js/app.js calls this every few minutes while the user types or clicks, so the cookie keeps sliding for
    // someone busy in a circuit (PDF downloads and reloads still work after 30 minutes of real work) and stops
    // sliding when they walk away.
    public static IEndpointRouteBuilder MapSessionKeepAlive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/sesi/aktif", () => TypedResults.NoContent()).RequireAuthorization().DisableAntiforgery();
        return endpoints;
    }
}
