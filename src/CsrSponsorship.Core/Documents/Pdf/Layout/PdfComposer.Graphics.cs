using QRCoder;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Writer;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

public sealed partial class PdfComposer
{
    // The same byte array (a logo on every page) is embedded once and referenced again.
    private readonly Dictionary<byte[], PdfPageBuilder.AddedImage> images = new(ReferenceEqualityComparer.Instance);

    // PNG or JPEG, scaled to fit the box with its aspect ratio kept and centred in it. Returns where it landed.
    public PdfBox Image(byte[] image, PdfBox box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var header = ImageHeader.Read(image);
        var scale = Math.Min(box.Width / header.Width, box.Height / header.Height);
        var placed = new PdfBox(
            box.X + ((box.Width - (header.Width * scale)) / 2),
            box.Top + ((box.Height - (header.Height * scale)) / 2),
            header.Width * scale,
            header.Height * scale);
        var rectangle = new PdfRectangle(placed.X, Page.Height - placed.Bottom, placed.Right, Page.Height - placed.Top);
        var target = EnsurePage();
        if (images.TryGetValue(image, out var added))
        {
            target.AddImage(added, rectangle);
        }
        else
        {
            images[image] = header.Format == ImageFormat.Png ? target.AddPng(image, rectangle) : target.AddJpeg(image, rectangle);
        }

        return placed;
    }

    // A clickable area (a link annotation): on screen a verification QR code opens what it encodes.
    public void Link(string url, PdfBox box)
    {
        EnsurePage().AddLink(url, new PdfRectangle(box.X, Page.Height - box.Bottom, box.Right, Page.Height - box.Top));
        RecordLink(url, box);
    }

    // A square of `size` points, including QRCoder's 4-module quiet zone. Dark modules are filled rectangles
    // (one per horizontal run), so the code stays sharp at any zoom and any printer resolution.
    public PdfBox QrCode(string payload, double x, double top, double size,
        QRCodeGenerator.ECCLevel errorCorrection = QRCodeGenerator.ECCLevel.M)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, errorCorrection);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        var ops = EnsurePage().CurrentStream.Operations;
        ops.Add(Push.Value);
        ops.Add(new SetNonStrokeColorDeviceGray(0));
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                var runStart = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }

                var bottom = top + ((row + 1) * module);
                ops.Add(new AppendRectangle(x + (runStart * module), Page.Height - bottom, (column - runStart) * module, module));
            }
        }

        ops.Add(FillPathNonZeroWinding.Value);
        ops.Add(Pop.Value);
        return new PdfBox(x, top, size, size);
    }
}
