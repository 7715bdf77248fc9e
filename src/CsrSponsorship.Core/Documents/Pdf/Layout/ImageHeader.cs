using System.Buffers.Binary;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

internal enum ImageFormat
{
    Png,
    Jpeg,
}

// Pixel size from the file header, needed to scale an image into a box before PdfPig places it.
internal readonly record struct ImageHeader(ImageFormat Format, int Width, int Height)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    internal static ImageHeader Read(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data[..8].SequenceEqual(PngSignature))
        {
            // The first chunk is always IHDR: width and height are its first two big-endian integers.
            return new(ImageFormat.Png,
                BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]));
        }

        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8)
        {
            return ReadJpeg(data);
        }

        throw new ArgumentException("Only PNG and JPEG images are supported.", nameof(data));
    }

    private static ImageHeader ReadJpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                break;
            }

            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);

            // Start-of-frame markers C0–CF, except C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return new(ImageFormat.Jpeg,
                    BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            }

            i += 2 + length;
        }

        throw new ArgumentException("The JPEG has no frame header.", nameof(data));
    }
}
