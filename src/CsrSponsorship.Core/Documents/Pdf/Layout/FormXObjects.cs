using System.IO.Compression;
using System.Reflection;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// Writes a run of page operations once as a form XObject (ISO 32000-1 §8.10) that any later page of the same document
// draws with one "Do". PdfPig 0.1.16 has no public API for forms, but it places image XObjects: a form is written
// through the builder's stream writer and handed to PdfPageBuilder.AddImage as an AddedImage. AddImage scales the
// unit square to the placement rectangle, so the form's /Matrix undoes that scale and its operations keep their page
// coordinates. The internals are bound by reflection as in SharedFontEmbedding; if an upgrade changes them,
// IsActive is false, copies are laid out in full instead, and a test says so.
internal static class FormXObjects
{
    private static readonly Binding? Internals = Binding.TryCreate();

    internal static bool IsActive => Internals is not null;

    // `resources` must name every font and image the operations use (the page's own resources do).
    internal static PdfPageBuilder.AddedImage Write(PdfDocumentBuilder builder, PdfPageBuilder resourcesOf, IEnumerable<IGraphicsStateOperation> operations, double width, double height) =>
        WriteWithReference(builder, resourcesOf, operations, width, height).Image;

    // The same, with the form's object (PdfPig keeps AddedImage.Reference internal).
    internal static (PdfPageBuilder.AddedImage Image, IndirectReference Reference) WriteWithReference(
        PdfDocumentBuilder builder, PdfPageBuilder resourcesOf, IEnumerable<IGraphicsStateOperation> operations, double width, double height)
    {
        var binding = Internals ?? throw new InvalidOperationException("Form XObjects are not available with this PdfPig version.");
        var reference = binding.Write(builder, Stream(operations, binding.Resources(resourcesOf), width, height));
        return (binding.Image(reference.Data, width, height), reference.Data);
    }

    // The resources (fonts, images) a page's operations name so far.
    internal static IReadOnlyDictionary<string, IToken> ResourcesOf(PdfPageBuilder page) =>
        (Internals ?? throw new InvalidOperationException("Form XObjects are not available with this PdfPig version.")).Resources(page);

    // The form itself: drawn over a whole page of `width` × `height` by PdfPageBuilder.AddImage, its operations in page
    // coordinates.
    internal static StreamToken Stream(IEnumerable<IGraphicsStateOperation> operations, IReadOnlyDictionary<string, IToken> resources, double width, double height)
    {
        byte[] compressed;
        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
            {
                foreach (var operation in operations)
                {
                    operation.Write(zlib);
                }
            }

            compressed = raw.ToArray();
        }

        var dictionary = DictionaryToken.With(new Dictionary<string, IToken>
        {
            [NameToken.Type.Data] = NameToken.Xobject,
            [NameToken.Subtype.Data] = NameToken.Form,
            [NameToken.Bbox.Data] = Numbers(0, 0, width, height),
            [NameToken.Matrix.Data] = Numbers(1 / width, 0, 0, 1 / height, 0, 0),
            [NameToken.Resources.Data] = DictionaryToken.With(resources.ToDictionary(r => r.Key, r => r.Value)),
            [NameToken.Filter.Data] = NameToken.FlateDecode,
            [NameToken.Length.Data] = new NumericToken(compressed.Length),
        });
        return new StreamToken(dictionary, compressed);
    }

    private static ArrayToken Numbers(params double[] values) => new([.. values.Select(v => (IToken)new NumericToken(v))]);

    private sealed class Binding(FieldInfo context, MethodInfo writeToken, PropertyInfo resources, ConstructorInfo addedImage)
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        internal static Binding? TryCreate()
        {
            var context = typeof(PdfDocumentBuilder).GetField("context", Instance);
            var streamWriter = typeof(PdfDocumentBuilder).Assembly.GetType("UglyToad.PdfPig.Writer.IPdfStreamWriter");
            var writeToken = streamWriter?.GetMethod("WriteToken", [typeof(IToken)]);
            var resources = typeof(PdfPageBuilder).GetProperty("Resources", Instance);
            var addedImage = typeof(PdfPageBuilder.AddedImage).GetConstructor(Instance, [typeof(IndirectReference), typeof(int), typeof(int)]);
            return context is null || streamWriter is null || writeToken is null || writeToken.ReturnType != typeof(IndirectReferenceToken)
                || !streamWriter.IsAssignableFrom(context.FieldType)
                || resources is null || !typeof(IReadOnlyDictionary<string, IToken>).IsAssignableFrom(resources.PropertyType)
                || addedImage is null
                ? null
                : new Binding(context, writeToken, resources, addedImage);
        }

        internal IndirectReferenceToken Write(PdfDocumentBuilder builder, IToken token) =>
            (IndirectReferenceToken)writeToken.Invoke(context.GetValue(builder), [token])!;

        internal IReadOnlyDictionary<string, IToken> Resources(PdfPageBuilder page) =>
            (IReadOnlyDictionary<string, IToken>)resources.GetValue(page)!;

        internal PdfPageBuilder.AddedImage Image(IndirectReference reference, double width, double height) =>
            (PdfPageBuilder.AddedImage)addedImage.Invoke([reference, (int)Math.Ceiling(width), (int)Math.Ceiling(height)]);
    }
}
