using UglyToad.PdfPig.Graphics.Operations.General;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

public sealed partial class PdfComposer
{
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, TableStyle? style = null) =>
        Table(columns, rows.Select(cells => new TableRow(cells)), style);

    // Cells wrap inside their column. A row moves whole to the next page when it does not fit; only a row taller
    // than a page is split. The header row is repeated at the top of every page the table continues on.
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<TableRow> rows, TableStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        style ??= TableStyle.Default;
        EnsurePage();
        var left = ContentLeft + style.Indent;
        var widths = ColumnWidths(columns, style.Width ?? (ContentWidth - style.Indent));
        var header = style.ShowHeader
            ? LayOutRow(columns, widths, new TableRow(columns.Select(c => c.Header).ToList()), style, isHeader: true)
            : null;
        var headerHeight = header?.Height ?? 0;
        var minimumRow = style.Body.LineHeight + (2 * style.CellPaddingY);
        var rowsOnPage = 0;
        var started = false;

        foreach (var row in rows)
        {
            if (row.Cells.Count > columns.Count)
            {
                throw new ArgumentException($"A row has {row.Cells.Count} cells for {columns.Count} columns.", nameof(rows));
            }

            var laidOut = LayOutRow(columns, widths, row, style, isHeader: false);
            if (!started)
            {
                // Never leave a header alone at the foot of a page.
                var firstRow = laidOut.Height <= ContentHeightForRows(headerHeight) ? laidOut.Height : minimumRow;
                EnsureSpace(headerHeight + firstRow);
                DrawHeader();
                started = true;
            }

            var offset = 0;
            while (offset < laidOut.LineCount)
            {
                var remaining = laidOut.LineCount - offset;
                var fits = LinesThatFit(laidOut.LineHeight, style);
                if (fits >= remaining)
                {
                    DrawRow(laidOut, offset, remaining);
                    rowsOnPage++;
                    break;
                }

                var fitsOnFreshPage = remaining * laidOut.LineHeight <= ContentHeightForRows(headerHeight) - (2 * style.CellPaddingY) + Tolerance;
                if ((rowsOnPage > 0 && fitsOnFreshPage) || fits < 1)
                {
                    if (rowsOnPage == 0 && fits < 1)
                    {
                        throw new InvalidOperationException("The page is too small for one line of this table.");
                    }

                    ContinueOnNewPage();
                    continue;
                }

                // Taller than a whole page: split it.
                DrawRow(laidOut, offset, fits);
                offset += fits;
                ContinueOnNewPage();
            }
        }

        if (!started)
        {
            EnsureSpace(headerHeight);
            DrawHeader();
        }

        CursorY += style.SpaceAfter;

        void DrawHeader()
        {
            if (header is not null)
            {
                DrawRow(header, 0, header.LineCount);
            }

            rowsOnPage = 0;
        }

        void ContinueOnNewPage()
        {
            NewPage();
            DrawHeader();
        }

        void DrawRow(LaidOutRow laidOutRow, int firstLine, int lineCount)
        {
            DrawRowChunk(laidOutRow, left, widths, style, firstLine, lineCount);
        }
    }

    private double ContentHeightForRows(double headerHeight) => Page.ContentHeight - headerHeight;

    private int LinesThatFit(double lineHeight, TableStyle style) =>
        (int)Math.Floor((RemainingHeight - (2 * style.CellPaddingY) + Tolerance) / lineHeight);

    private static double[] ColumnWidths(IReadOnlyList<TableColumn> columns, double tableWidth)
    {
        var fixedWidth = columns.Where(c => !c.IsRelative).Sum(c => c.Width);
        var weights = columns.Where(c => c.IsRelative).Sum(c => c.Width);
        var spare = tableWidth - fixedWidth;
        if (spare < -Tolerance || (weights > 0 && spare <= 0))
        {
            throw new ArgumentException(
                $"Fixed columns take {fixedWidth:0.#} pt of a {tableWidth:0.#} pt table.", nameof(columns));
        }

        return columns.Select(c => c.IsRelative ? spare * c.Width / weights : c.Width).ToArray();
    }

    private LaidOutRow LayOutRow(
        IReadOnlyList<TableColumn> columns, double[] widths, TableRow row, TableStyle style, bool isHeader)
    {
        var text = isHeader ? style.Header : style.Body with { Font = row.Bold ? PdfFontStyle.Bold : style.Body.Font };
        var cells = new List<CellLayout>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var content = i < row.Cells.Count ? row.Cells[i] ?? string.Empty : string.Empty;
            var inner = widths[i] - (2 * style.CellPaddingX);
            var align = isHeader ? columns[i].HeaderAlign : columns[i].Align;
            cells.Add(new CellLayout(Wrap(content, text, inner, inner), align));
        }

        var lineCount = Math.Max(1, cells.Max(c => c.Lines.Count));
        var shade = isHeader ? style.HeaderShade : row.Shade;
        return new LaidOutRow(cells, text, shade, lineCount, lineCount * text.LineHeight + (2 * style.CellPaddingY));
    }

    private void DrawRowChunk(LaidOutRow row, double left, double[] widths, TableStyle style, int firstLine, int lineCount)
    {
        var height = (lineCount * row.LineHeight) + (2 * style.CellPaddingY);
        var totalWidth = widths.Sum();
        if (row.Shade is { } shade)
        {
            FillRectangle(new PdfBox(left, CursorY, totalWidth, height), shade);
        }

        var x = left;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            var inner = widths[i] - (2 * style.CellPaddingX);
            var cellStyle = row.Text with { Align = cell.Align == TextAlign.Justify ? TextAlign.Left : cell.Align };
            var last = Math.Min(cell.Lines.Count, firstLine + lineCount);
            for (var line = firstLine; line < last; line++)
            {
                var top = CursorY + style.CellPaddingY + ((line - firstLine) * row.LineHeight);
                DrawLine(cell.Lines[line], x + style.CellPaddingX, inner, top, cellStyle);
            }

            x += widths[i];
        }

        if (style.Borders)
        {
            StrokeCellBorders(left, widths, height, style.BorderWidth);
        }

        CursorY += height;
    }

    private void StrokeCellBorders(double left, double[] widths, double height, double lineWidth)
    {
        var ops = EnsurePage().CurrentStream.Operations;
        ops.Add(Push.Value);
        ops.Add(new SetLineWidth(lineWidth));
        var x = left;
        foreach (var width in widths)
        {
            ops.Add(new AppendRectangle(x, Page.Height - CursorY - height, width, height));
            x += width;
        }

        ops.Add(StrokePath.Value);
        ops.Add(Pop.Value);
    }

    private sealed record CellLayout(List<WrappedLine> Lines, TextAlign Align);

    private sealed record LaidOutRow(List<CellLayout> Cells, TextStyle Text, byte? Shade, int LineCount, double Height)
    {
        public double LineHeight => Text.LineHeight;
    }
}
