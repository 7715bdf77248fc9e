using CsrSponsorship.Core.Features.Numbering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CsrSponsorship.Web.Hosting;

// The address printed in QR codes and verification links: Invoicing:PublicBaseUrl when set (required in Production);
// otherwise the address the user reached the app on. Documents are made in two places: /dokumen/* downloads (an HTTP
// request, whose scheme and host the forwarded headers have already corrected) and interactive pages such as the
// invoice zip (a circuit, where the HTTP request is long gone: the base address the circuit was opened on counts).
internal sealed class RequestPublicAddress(IOptions<InvoiceOptions> options, CircuitPublicAddress circuit, IHttpContextAccessor http) : IPublicAddress
{
    public string BaseUrl =>
        PublicAddress.Configured(options.Value)
        ?? circuit.BaseUrl
        ?? FromRequest()
        ?? throw new InvalidOperationException($"{PublicAddress.SettingKey} is not set and there is no request to take the address from.");

    private string? FromRequest() =>
        http.HttpContext?.Request is { Host.HasValue: true } request
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}"
            : null;
}

// One per circuit: NavigationManager.BaseUri is the address the browser opened the app on (the public one behind a proxy).
internal sealed class CircuitPublicAddress(NavigationManager navigation) : CircuitHandler
{
    public string? BaseUrl { get; private set; }

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        BaseUrl = PublicAddress.TryNormalise(navigation.BaseUri, out var normalised) ? normalised : null;
        return Task.CompletedTask;
    }
}

internal static class PublicAddressSetup
{
    public static IServiceCollection AddRequestPublicAddress(this IServiceCollection services)
    {
        services.AddScoped<CircuitPublicAddress>();
        services.AddScoped<CircuitHandler>(provider => provider.GetRequiredService<CircuitPublicAddress>());
        services.Replace(ServiceDescriptor.Scoped<IPublicAddress, RequestPublicAddress>());
        return services;
    }

    // Before anything else starts: a wrong address would be printed on every document issued until someone noticed.
    public static void EnsureConfigured(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[PublicAddress.SettingKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (!PublicAddress.TryNormalise(configured, out _))
            {
                throw PublicAddress.Invalid(configured);
            }

            return;
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                $"{PublicAddress.SettingKey} is required in Production: it is printed in the QR code and verification link of every " +
                "invoice, receipt and circular letter. Set it to the address users open the app on, e.g. https://csr.tanahlautkab.go.id " +
                "(appsettings.Production.json, the environment variable Invoicing__PublicBaseUrl, or --Invoicing:PublicBaseUrl=...).");
        }
    }
}
