using Microsoft.Extensions.Options;

namespace CsrSponsorship.Core.Features.Numbering;

// Where the QR code and "Verifikasi publik" link of every invoice, receipt and circular letter point. A printed
// address that is not the one people open the app on makes every printed document unverifiable, so nothing here
// falls back to a guessed default: the configured Invoicing:PublicBaseUrl, else whatever the host can tell from
// the user's own request (the web host supplies that version), else an error.
public interface IPublicAddress
{
    // Absolute, without a trailing slash: "https://csr.tanahlautkab.go.id" or "https://pemda.example/csr".
    string BaseUrl { get; }
}

public static class PublicAddress
{
    public const string SettingKey = InvoiceOptions.Section + ":" + nameof(InvoiceOptions.PublicBaseUrl);

    public static string VerificationUrl(this IPublicAddress address, string token)
    {
        ArgumentNullException.ThrowIfNull(address);
        return $"{address.BaseUrl}/verifikasi/{token}";
    }

    // An absolute http(s) address, optionally with a path, and nothing a link could not be appended to.
    public static bool TryNormalise(string? value, out string normalised)
    {
        normalised = "";
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return false;
        }

        normalised = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return true;
    }

    // Null when not set; a set but unusable value is a configuration error, never silently ignored.
    public static string? Configured(InvoiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return null;
        }

        return TryNormalise(options.PublicBaseUrl, out var normalised) ? normalised : throw Invalid(options.PublicBaseUrl);
    }

    public static InvalidOperationException Invalid(string value) => new(
        $"{SettingKey} '{value}' is not an absolute http(s) address without query or fragment; " +
        "set it to the address users open the app on, e.g. https://csr.tanahlautkab.go.id.");
}

// For hosts without requests (tools, the crash harness, service tests): the configured address only.
internal sealed class ConfiguredPublicAddress(IOptions<InvoiceOptions> options) : IPublicAddress
{
    public string BaseUrl => PublicAddress.Configured(options.Value)
        ?? throw new InvalidOperationException($"{PublicAddress.SettingKey} is not set and this host has no request to take the address from.");
}
