using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsrSponsorship.Core.Documents.Excel;

// One cell at a time straight into the part stream; the element instances are only name carriers.
internal sealed class SheetCellWriter(OpenXmlWriter writer)
{
    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly CellFormula FormulaElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly Text TextElement = new();
    private static readonly OpenXmlAttribute Preserve = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");

    private readonly List<OpenXmlAttribute> attributes = new(3);

    public void StartRow(int index)
    {
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", "", index.ToString(CultureInfo.InvariantCulture)));
        writer.WriteStartElement(RowElement, attributes);
    }

    public void EndRow() => writer.WriteEndElement();

    public void Text(string reference, string text, uint style)
    {
        text = ExcelSafeText.ForXml(text);
        if (style == ReportStyles.Text && ExcelSafeText.NeedsQuotePrefix(text))
        {
            style = ReportStyles.QuotedText;
        }

        StartCell(reference, style, "inlineStr");
        writer.WriteStartElement(InlineElement);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            writer.WriteStartElement(TextElement, [Preserve]);
        }
        else
        {
            writer.WriteStartElement(TextElement);
        }

        writer.WriteString(text);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void Number(string reference, string value, uint style)
    {
        StartCell(reference, style, null);
        writer.WriteStartElement(ValueElement);
        writer.WriteString(value);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void Formula(string reference, string formula, decimal cached, uint style)
    {
        StartCell(reference, style, null);
        writer.WriteStartElement(FormulaElement);
        writer.WriteString(formula);
        writer.WriteEndElement();
        writer.WriteStartElement(ValueElement);
        writer.WriteString(cached.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void StartCell(string reference, uint style, string? type)
    {
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", "", reference));
        attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        if (type is not null)
        {
            attributes.Add(new OpenXmlAttribute("t", "", type));
        }

        writer.WriteStartElement(CellElement, attributes);
    }
}
