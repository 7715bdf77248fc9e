using Microsoft.AspNetCore.Routing;

namespace CsrSponsorship.Web.Hosting;

// Razor component pages are mapped for GET (and POST for forms) only, so `curl -I` or a monitor's HEAD probe got a
// 404. HEAD is a GET without the body (RFC 9110 §9.3.2); Kestrel drops the body of a HEAD response by itself.
internal static class HeadRequests
{
    public static RazorComponentsEndpointConventionBuilder AnswerHead(this RazorComponentsEndpointConventionBuilder pages)
    {
        pages.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase)
                && !methods.HttpMethods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return pages;
    }
}
