using Microsoft.Playwright;

namespace CsrSponsorship.E2E.Infrastructure;

// A download read whole into memory, positioned at its start: for ClosedXML (which wants a seekable stream or an
// .xlsx path), ZipArchive and PdfPig.
public static class Downloads
{
    public static async Task<MemoryStream> BytesAsync(this IDownload download)
    {
        ArgumentNullException.ThrowIfNull(download);
        var copy = new MemoryStream();
        await using (var stream = await download.CreateReadStreamAsync())
        {
            await stream.CopyToAsync(copy);
        }

        copy.Position = 0;
        return copy;
    }
}
