using Microsoft.JSInterop;

namespace CsrSponsorship.Web.Components.Shared;

public sealed class FileDownloader(IJSRuntime js)
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pdf = "application/pdf";

    public async Task DownloadAsync(string fileName, string contentType, byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var reference = new DotNetStreamReference(stream);
        await js.InvokeVoidAsync("csrDownload", fileName, contentType, reference);
    }
}
