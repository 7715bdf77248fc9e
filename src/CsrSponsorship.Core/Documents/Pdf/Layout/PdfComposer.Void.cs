using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.General;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// A document that no longer counts (a cancelled invoice, the receipt of a reversed payment) is still printable,
// so what was handed out can be checked, but never passes for a valid one: every page gets a "BATAL" banner with
// the date and reason in the top margin and a large pale "BATAL" behind the content. Both are drawn when the page
// is created, before any content, so they never cover a word of it and survive every page break.
public sealed partial class PdfComposer
{
    private const string VoidWord = "BATAL";
    private const int VoidReasonLines = 2;
    private const double VoidPadding = 3;

    private static readonly TextStyle VoidHeading = TextStyle.BodyBold with { Size = 9.5 };
    private static readonly TextStyle VoidDetail = TextStyle.Small with { Size = 7.5 };
    private static readonly TextStyle VoidWatermark = TextStyle.BodyBold with { Size = 120, Align = TextAlign.Center };

    private void DrawVoidMark()
    {
        if (Options.Void is not { } mark)
        {
            return;
        }

        var ops = EnsurePage().CurrentStream.Operations;
        ops.Add(Push.Value);
        ops.Add(new SetNonStrokeColorDeviceRgb(0.98, 0.86, 0.86));
        TextAt(VoidWord, Page.Width / 2, (Page.Height - VoidWatermark.LineHeight) / 2, VoidWatermark);
        ops.Add(Pop.Value);

        var width = ContentWidth - (2 * VoidPadding);
        var detail = VoidDetailLines(mark, width);
        var height = VoidHeading.LineHeight + (detail.Count * VoidDetail.LineHeight) + (2 * VoidPadding);
        var top = Math.Max(2, (Page.Margins.Top - height) / 2);
        ops.Add(Push.Value);
        ops.Add(new SetStrokeColorDeviceRgb(0.75, 0, 0));
        ops.Add(new SetLineWidth(1.25));
        ops.Add(new AppendRectangle(ContentLeft, Page.Height - top - height, ContentWidth, height));
        ops.Add(StrokePath.Value);
        ops.Add(new SetNonStrokeColorDeviceRgb(0.75, 0, 0));
        var lineTop = top + VoidPadding;
        TextAt($"{VoidWord} – DOKUMEN INI TIDAK BERLAKU", ContentLeft + VoidPadding, lineTop, VoidHeading);
        lineTop += VoidHeading.LineHeight;
        foreach (var line in detail)
        {
            TextAt(line, ContentLeft + VoidPadding, lineTop, VoidDetail);
            lineTop += VoidDetail.LineHeight;
        }

        ops.Add(Pop.Value);
    }

    // The margin holds two lines of reason; a longer one is cut with an ellipsis (the app keeps it whole).
    private List<string> VoidDetailLines(VoidStamp mark, double width)
    {
        var text = $"Dibatalkan tanggal {Common.IndonesianFormat.Date(mark.On)}."
            + (string.IsNullOrWhiteSpace(mark.Reason) ? "" : " Alasan: " + mark.Reason.Trim());
        var lines = WrapText(text, width, VoidDetail).ToList();
        if (lines.Count <= VoidReasonLines)
        {
            return lines;
        }

        var last = lines[VoidReasonLines - 1];
        while (last.Length > 0 && MeasureWidth(last + " …", VoidDetail) > width)
        {
            last = last[..^1];
        }

        lines = lines.Take(VoidReasonLines).ToList();
        lines[^1] = last.TrimEnd() + " …";
        return lines;
    }
}

// When and why a document stopped counting.
public sealed record VoidStamp(DateOnly On, string Reason);
