using UglyToad.PdfPig.Graphics.Operations.General;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

public sealed partial class PdfComposer
{
    // An outline to write or stick something in (an amount box, the place for a stamp-duty label). A dash
    // length above zero draws it dashed, the usual mark for "affix here".
    public void StrokeRectangle(PdfBox box, double lineWidth = 0.75, double dash = 0)
    {
        var ops = EnsurePage().CurrentStream.Operations;
        ops.Add(Push.Value);
        ops.Add(new SetLineWidth(lineWidth));
        if (dash > 0)
        {
            ops.Add(new SetLineDashPattern([dash, dash], 0));
        }

        ops.Add(new AppendRectangle(box.X, Page.Height - box.Bottom, box.Width, box.Height));
        ops.Add(StrokePath.Value);
        ops.Add(Pop.Value);
    }
}
