using System.Diagnostics.CodeAnalysis;

namespace CsrSponsorship.Web.Features.Identity;

// Where the sign-in page may send a user afterwards. Only a plain local path: printable ASCII (a Location header
// takes nothing else, and a browser drops tabs and newlines, so "/\t/evil.example" would become "//evil.example"),
// starting with one "/" and holding no "//" or "\" anywhere (browsers read both as the start of another host).
// Anything else is not followed, and the user lands on the role's home page: no open redirect, no 500.
internal static class LocalReturnUrl
{
    public const int MaxLength = 2048;

    public static bool IsPlainLocalPath([NotNullWhen(true)] string? url) =>
        url is { Length: > 0 and <= MaxLength }
        && url[0] == '/'
        && url.All(c => c is > ' ' and < (char)0x7F and not '\\')
        && !url.Contains("//", StringComparison.Ordinal);
}
