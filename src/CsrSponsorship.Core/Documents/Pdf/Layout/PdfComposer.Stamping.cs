using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Writer;

namespace CsrSponsorship.Core.Documents.Pdf.Layout;

// Many copies of one document in one file, differing in a few parts (a letter to 1,000 companies: the addressee and
// the suggestion made to each). Each copy is a section: its pages are numbered from 1 again. The first copy of a
// shape (its variable parts take the same number of lines, so every page break falls in the same place) is laid out
// in full with Record(), which remembers where each variable part was drawn and writes everything else on each of its
// pages once, as form XObjects. Stamp() makes a later copy of that shape without laying the letter out again: each
// page draws those forms and, between them, the copy's own variable parts at the recorded positions, in the same
// order as the recorded page, so text reads back in the same order.
public sealed partial class PdfComposer
{
    private readonly List<int> sections = [0];
    private Recording? recording;
    private int variableDepth;

    // False only if a PdfPig upgrade changed the internals forms rely on: then every copy is laid out in full.
    public static bool CanStamp => FormXObjects.IsActive;

    // The next content starts a new copy: a new page, page numbers from 1 again.
    public void StartSection()
    {
        if (pages.Count > sections[^1])
        {
            sections.Add(pages.Count);
        }

        page = null;
        CursorY = ContentTop;
    }

    // Draws a part that differs from copy to copy; Stamp() draws it again for each copy, in the same place.
    public void Variable(Action<PdfComposer> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        EnsurePage();
        var start = Here();
        var top = CursorY;
        variableDepth++;
        draw(this);
        variableDepth--;
        recording?.Regions.Add(new Region(start, top, Here()));
    }

    // Lays out one copy in full, in a section of its own, and keeps what its later copies share.
    public StampTemplate Record(Action<PdfComposer> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        StartSection();
        var first = pages.Count;
        recording = new Recording();
        compose(this);
        var recorded = recording;
        recording = null;

        var templatePages = new List<TemplatePage>();
        for (var index = first; index < pages.Count; index++)
        {
            var operations = pages[index].CurrentStream.Operations;
            var segments = new List<Segment>();
            var at = 0;
            for (var region = 0; region < recorded.Regions.Count; region++)
            {
                if (Span(recorded.Regions[region], index, operations.Count) is not (int from, int to))
                {
                    continue;
                }

                if (from > at)
                {
                    segments.Add(new Segment(Form(pages[index], operations.GetRange(at, from - at)), null));
                }

                segments.Add(new Segment(null, region));
                at = to;
            }

            if (at < operations.Count)
            {
                segments.Add(new Segment(Form(pages[index], operations.GetRange(at, operations.Count - at)), null));
            }

            templatePages.Add(new TemplatePage(segments, [.. recorded.Links.Where(l => l.Page == index).Select(l => (l.Url, l.Box))]));
        }

        return new StampTemplate(
            templatePages,
            [.. recorded.Regions.Select(r => (r.Start.Page - first, r.Top))]);
    }

    // A copy of a recorded shape: `parts` draws its variable parts, in the order Variable() drew them when recording.
    public void Stamp(StampTemplate template, IReadOnlyList<Action<PdfComposer>> parts)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count != template.Regions.Count)
        {
            throw new ArgumentException($"The template has {template.Regions.Count} variable parts, not {parts.Count}.", nameof(parts));
        }

        StartSection();
        var first = pages.Count;
        var drawn = new List<(Spot Start, Spot End)>();
        for (var region = 0; region < parts.Count; region++)
        {
            var (startPage, top) = template.Regions[region];
            while (pages.Count <= first + startPage)
            {
                AddBlankPage();
            }

            page = pages[first + startPage];
            CursorY = top;
            var start = Here();
            parts[region](this);
            drawn.Add((start, Here()));
        }

        while (pages.Count < first + template.Pages.Count)
        {
            AddBlankPage();
        }

        var whole = new PdfRectangle(0, 0, Page.Width, Page.Height);
        for (var index = 0; index < template.Pages.Count; index++)
        {
            page = pages[first + index];
            var operations = page.CurrentStream.Operations;
            var own = operations.ToList();
            operations.Clear();
            foreach (var segment in template.Pages[index].Segments)
            {
                if (segment.Form is { } form)
                {
                    page.AddImage(form, whole);
                }
                else if (Span(new Region(drawn[segment.Region!.Value].Start, 0, drawn[segment.Region.Value].End), first + index, own.Count) is (int from, int to))
                {
                    operations.AddRange(own.GetRange(from, to - from));
                }
            }

            foreach (var (url, box) in template.Pages[index].Links)
            {
                page.AddLink(url, new PdfRectangle(box.X, Page.Height - box.Bottom, box.Right, Page.Height - box.Top));
            }
        }

        CursorY = ContentBottom;
    }

    private void AddBlankPage()
    {
        page = builder.AddPage(Page.Width, Page.Height);
        pages.Add(page);
    }

    private void RecordLink(string url, PdfBox box)
    {
        if (variableDepth == 0)
        {
            recording?.Links.Add((pages.Count - 1, url, box));
        }
    }

    private Spot Here() => new(pages.Count - 1, page!.CurrentStream.Operations.Count);

    // The operations of `region` on page `index`, or null if it drew nothing there.
    private static (int From, int To)? Span(Region region, int index, int count)
    {
        if (index < region.Start.Page || index > region.End.Page)
        {
            return null;
        }

        var from = index == region.Start.Page ? region.Start.Operation : 0;
        var to = index == region.End.Page ? region.End.Operation : count;
        return to > from ? (from, to) : null;
    }

    private PdfPageBuilder.AddedImage Form(PdfPageBuilder source, List<IGraphicsStateOperation> operations) =>
        FormXObjects.Write(builder, source, operations, Page.Width, Page.Height);

    private readonly record struct Spot(int Page, int Operation);

    private sealed record Region(Spot Start, double Top, Spot End);

    private sealed class Recording
    {
        public List<Region> Regions { get; } = [];

        public List<(int Page, string Url, PdfBox Box)> Links { get; } = [];
    }
}

// What the copies of one shape share: per page, the forms and the places of the variable parts between them.
public sealed class StampTemplate
{
    internal StampTemplate(IReadOnlyList<TemplatePage> pages, IReadOnlyList<(int Page, double Top)> regions)
    {
        Pages = pages;
        Regions = regions;
    }

    public int PageCount => Pages.Count;

    internal IReadOnlyList<TemplatePage> Pages { get; }

    // Where each variable part started: the page within the copy and the cursor.
    internal IReadOnlyList<(int Page, double Top)> Regions { get; }
}

// One page: forms and variable parts (by their index) in drawing order, and the links (a QR code's) to add again.
internal sealed record TemplatePage(IReadOnlyList<Segment> Segments, IReadOnlyList<(string Url, PdfBox Box)> Links);

internal sealed record Segment(PdfPageBuilder.AddedImage? Form, int? Region);
