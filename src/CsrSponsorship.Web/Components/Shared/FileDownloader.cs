using Microsoft.JSInterop;

namespace CsrSponsorship.Web.Components.Shared;

public sealed class FileDownloader(IJSRuntime js)
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pdf = "application/pdf";

    public async Task DownloadAsync(string fileName, string contentType, byte[] content)
    {
        using var stream = new MemoryStream(content);
        await DownloadAsync(fileName, contentType, stream);
    }

    // The stream is read as the browser asks for it (a file on disk stays on disk); the caller closes it.
    public async Task DownloadAsync(string fileName, string contentType, Stream content)
    {
        using var reference = new DotNetStreamReference(content, leaveOpen: true);
        await js.InvokeVoidAsync("csrDownload", fileName, contentType, reference);
    }
}
