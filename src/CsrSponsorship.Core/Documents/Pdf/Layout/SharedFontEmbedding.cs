using System.Collections;
using System.Reflection;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// PdfDocumentBuilder.AddTrueTypeFont only accepts font bytes and parses them again for every document, and the
// fresh parse then repeats PdfPig's lazy glyph-table parse on first text: measured here ~17 ms/doc against ~7 ms
// when the process-wide parsed font is reused. PdfPig 0.1.16 has no public way to pass a parsed font, so this
// registers one the way AddTrueTypeFont does internally (a new per-document writing font, whose character
// mapping is per document, around the shared parsed font). If a PdfPig upgrade changes those internals the
// binding is not found and the public AddTrueTypeFont is used instead; a test asserts the fast path is active.
internal static class SharedFontEmbedding
{
    private static readonly Binding? Internals = Binding.TryCreate();

    internal static bool IsActive => Internals is not null;

    // `reserved` (fast path only) get their character codes first, in this order, before any text: two documents that
    // reserve the same characters encode them alike, so text laid out in one is valid in the other's font (decision
    // 0184: a single letter copy stamped into a prepared base).
    // The font object's reference is known on the fast path only (PdfPig keeps AddedFont.Reference internal).
    internal static (PdfDocumentBuilder.AddedFont Key, IndirectReference? Reference) AddFont(PdfDocumentBuilder builder, PdfFont font, string? reserved = null) =>
        Internals is null ? (builder.AddTrueTypeFont(font.FileBytes), null) : Internals.AddFont(builder, font, reserved);

    private sealed class Binding(
        FieldInfo fonts,
        FieldInfo context,
        MethodInfo reserveObjectNumber,
        ConstructorInfo addedFont,
        ConstructorInfo writingFont,
        ConstructorInfo fontStored,
        MethodInfo valueForCharacter)
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        internal static Binding? TryCreate()
        {
            var builderType = typeof(PdfDocumentBuilder);
            var fonts = builderType.GetField("fonts", Instance);
            var context = builderType.GetField("context", Instance);
            var storedType = builderType.GetNestedType("FontStored", BindingFlags.NonPublic);
            var writingType = builderType.Assembly.GetType("UglyToad.PdfPig.Writer.Fonts.TrueTypeWritingFont");
            var writingInterface = builderType.Assembly.GetType("UglyToad.PdfPig.Writer.Fonts.IWritingFont");
            var streamWriter = builderType.Assembly.GetType("UglyToad.PdfPig.Writer.IPdfStreamWriter");
            var reserve = streamWriter?.GetMethod("ReserveObjectNumber", Type.EmptyTypes);
            if (fonts is null || context is null || storedType is null || writingType is null || writingInterface is null
                || streamWriter is null || reserve is null || reserve.ReturnType != typeof(IndirectReferenceToken)
                || !typeof(IDictionary).IsAssignableFrom(fonts.FieldType)
                || !streamWriter.IsAssignableFrom(context.FieldType))
            {
                return null;
            }

            var addedFont = typeof(PdfDocumentBuilder.AddedFont).GetConstructor(
                Instance, [typeof(Guid), typeof(IndirectReferenceToken)]);
            var writingFont = writingType.GetConstructor(Instance, [typeof(TrueTypeFont), typeof(ReadOnlyMemory<byte>)]);
            var fontStored = storedType.GetConstructor(Instance, [typeof(PdfDocumentBuilder.AddedFont), writingInterface]);
            var valueForCharacter = writingType.GetMethod("GetValueForCharacter", Instance, [typeof(char)]);
            return addedFont is null || writingFont is null || fontStored is null || valueForCharacter?.ReturnType != typeof(byte)
                ? null
                : new Binding(fonts, context, reserve, addedFont, writingFont, fontStored, valueForCharacter);
        }

        internal (PdfDocumentBuilder.AddedFont, IndirectReference?) AddFont(PdfDocumentBuilder builder, PdfFont font, string? reserved)
        {
            var reference = (IndirectReferenceToken)reserveObjectNumber.Invoke(context.GetValue(builder), null)!;
            var id = Guid.NewGuid();
            var key = (PdfDocumentBuilder.AddedFont)addedFont.Invoke([id, reference]);
            var program = writingFont.Invoke([font.Program, font.FileBytes]);
            foreach (var c in reserved ?? "")
            {
                valueForCharacter.Invoke(program, [c]);
            }

            ((IDictionary)fonts.GetValue(builder)!)[id] = fontStored.Invoke([key, program]);
            return (key, reference.Data);
        }
    }
}
