namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// "Nomor        : 900.1/045/Disnakerind/2026" blocks: label, colon, value wrapping under itself.
internal static class FieldBlock
{
    internal const double ColonWidth = 10;

    internal static void Compose(PdfComposer composer, IEnumerable<(string Label, string Value)> fields, double labelWidth, TableStyle style) =>
        composer.Table(
            [
                TableColumn.Fixed(string.Empty, labelWidth),
                TableColumn.Fixed(string.Empty, ColonWidth),
                TableColumn.Relative(string.Empty),
            ],
            fields.Select(f => (IReadOnlyList<string>)[f.Label, ":", f.Value]),
            style);
}
