using System.Globalization;
using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Documents.Spreadsheets;

// The gate every spreadsheet upload passes (worker import, BPJS reconciliation): name and declared size
// are judged before a single byte is read, the read itself is bounded, and the bytes must be a zip
// package with [Content_Types].xml before any parser sees them.
internal static class XlsxUpload
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    // The whole gate in the order both uploads need it: name and size, bounded read, package check, then the hash
    // that makes a re-upload of the same file recognisable.
    public static async Task<ReceivedXlsx> ReceiveAsync(
        Stream content, string? fileName, long length, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var name = CheckNameAndSize(fileName, length);
        progress?.Report(new ImportProgress(ImportProgress.Reading, 0, 0));
        var bytes = await ReadAsync(content, length, ct);
        return new ReceivedXlsx(name, bytes, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    // Returns the bare file name (no client path).
    private static string CheckNameAndSize(string? fileName, long length)
    {
        var name = Path.GetFileName(fileName ?? "");
        if (!string.Equals(Path.GetExtension(name), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException(
                "Hanya berkas Excel .xlsx yang dapat diimpor. Berkas .xls, .csv, atau lainnya: buka di Excel lalu simpan sebagai \"Excel Workbook (.xlsx)\".");
        }

        if (length > MaxFileBytes)
        {
            throw TooLarge(length);
        }

        if (length <= 0)
        {
            throw new DomainException("Berkas kosong.");
        }

        return name;
    }

    private static async Task<byte[]> ReadAsync(Stream content, long length, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await ReadBoundedAsync(content, length, ct);
        XlsxSheetReader.CheckPackage(bytes);
        return bytes;
    }

    // Reads at most MaxFileBytes + 1 bytes whatever length was claimed, so a lying client cannot push more.
    private static async Task<byte[]> ReadBoundedAsync(Stream content, long length, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)Math.Min(length, MaxFileBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                throw TooLarge(buffer.Length + read);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static DomainException TooLarge(long length)
    {
        // Indonesian decimal comma: "10,5 MB".
        var size = (length / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
        return new DomainException(string.Create(CultureInfo.InvariantCulture,
            $"Berkas terlalu besar ({size} MB); batasnya {MaxFileBytes / 1024 / 1024} MB. Bagi data menjadi beberapa berkas."));
    }
}

internal sealed record ReceivedXlsx(string Name, byte[] Bytes, string Sha256);
