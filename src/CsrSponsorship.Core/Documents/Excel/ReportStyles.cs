using DocumentFormat.OpenXml.Spreadsheet;

namespace CsrSponsorship.Core.Documents.Excel;

// The workbook's one stylesheet. Each constant is the position of its CellFormat in Create(): change both together.
internal static class ReportStyles
{
    internal const uint Title = 1;
    internal const uint Subtitle = 2;
    internal const uint Header = 3;
    internal const uint Text = 4;
    internal const uint QuotedText = 5;
    internal const uint Number = 6;
    internal const uint Date = 7;
    internal const uint DateTime = 8;
    internal const uint Percent = 9;
    internal const uint TotalLabel = 10;
    internal const uint TotalNumber = 11;

    internal static Stylesheet Create()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "Arial" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()));
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.0%" });

        static CellFormat Xf(uint font, uint fill, uint border, uint format, bool wrap = false, bool quote = false)
        {
            var xf = new CellFormat
            {
                FontId = font, FillId = fill, BorderId = border, NumberFormatId = format,
                ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = format != 0,
            };
            if (quote)
            {
                xf.QuotePrefix = true;
            }

            if (wrap)
            {
                xf.Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center };
                xf.ApplyAlignment = true;
            }

            return xf;
        }

        var cellFormats = new CellFormats(
            Xf(0, 0, 0, 0),
            Xf(1, 0, 0, 0), // title
            Xf(0, 0, 0, 0), // period, printed at
            Xf(2, 2, 1, 0, wrap: true), // header
            Xf(0, 0, 1, 49), // text (@)
            Xf(0, 0, 1, 49, quote: true), // formula-like text
            Xf(0, 0, 1, 3), // #,##0
            Xf(0, 0, 1, 164),
            Xf(0, 0, 1, 165),
            Xf(0, 0, 1, 166),
            Xf(2, 2, 1, 0), // total label
            Xf(2, 2, 1, 3)); // total number
        return new Stylesheet(
            formats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }),
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }
}
