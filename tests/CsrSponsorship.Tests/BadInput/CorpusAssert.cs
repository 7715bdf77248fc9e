using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Documents.Pdf.Layout;
using CsrSponsorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CsrSponsorship.Tests.BadInput;

// What "no crash, a clear Indonesian message, nothing saved" means, in one place for every corpus test.
internal static partial class CorpusAssert
{
    // Signs of a framework message or stack trace that leaked to the screen instead of a sentence for the user.
    private static readonly string[] EnglishTells =
    [
        "Exception", "   at ", "System.", "Microsoft.", "SQLite", "constraint", "Object reference", "Value cannot be null",
        "Parameter '", "Index was outside", "Input string was not", "Sequence contains", "Invalid ", "Unicode",
    ];

    private const double EdgeTolerance = 1.0;

    public static void IsIndonesianMessage(string? message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message), "A refusal must say why.");
        foreach (var tell in EnglishTells)
        {
            Assert.DoesNotContain(tell, message, StringComparison.Ordinal);
        }

        Assert.Matches(IndonesianWord(), message);
    }

    // Rows in every table a refused registration could have touched.
    public static async Task<(int Workers, int Events, int Audit, int Companies)> CountsAsync(TestApp app)
    {
        await using var db = await app.DbAsync();
        return (await db.Workers.CountAsync(), await db.WorkerEvents.CountAsync(), await db.AuditEntries.CountAsync(), await db.Companies.CountAsync());
    }

    public static async Task<T> QueryAsync<T>(TestApp app, Func<AppDbContext, Task<T>> query)
    {
        await using var db = await app.DbAsync();
        return await query(db);
    }

    // Excel would take it for a formula when the cell is edited or the text re-entered: a leading = + - @ (or their
    // full-width forms) after any white space or invisible character, or a leading tab, CR or LF. Deliberately
    // written apart from the app's ExcelSafeText, so the test does not grade the app with its own rule.
    public static bool LooksLikeFormula(string text)
    {
        if (text.Length > 0 && text[0] is '\t' or '\r' or '\n')
        {
            return true;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            return c is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
        }

        return false;
    }

    // Every cell of every sheet: the only formulas are the app's own column totals, and every formula-looking text is
    // a text cell carrying Excel's quote prefix. Returns every cell's text for literal checks.
    public static HashSet<string> WorkbookIsInert(byte[] xlsx, string what)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var problems = new List<string>();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Worksheets)
        {
            foreach (var cell in sheet.CellsUsed())
            {
                var where = $"{what} {sheet.Name}!{cell.Address}";
                if (cell.HasFormula)
                {
                    if (!TotalFormula().IsMatch(cell.FormulaA1))
                    {
                        problems.Add($"{where} holds the formula {cell.FormulaA1}");
                    }

                    continue;
                }

                var text = cell.GetString();
                texts.Add(text);
                if (LooksLikeFormula(text) && (cell.DataType != XLDataType.Text || !cell.Style.IncludeQuotePrefix))
                {
                    problems.Add($"{where} '{Visible(text)}' is {cell.DataType} without a quote prefix");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return texts;
    }

    // XML has no bare CR: Excel and ClosedXML read "\r\n" and "\r" back as "\n".
    public static string AsReadBack(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    public static void ShowsLiterally(HashSet<string> cellTexts, string expected, string what) =>
        Assert.True(cellTexts.Contains(AsReadBack(expected)), $"{what}: no cell shows '{Visible(expected)}' as typed.");

    // Opens with PdfPig, has a sane number of pages, keeps every glyph inside the page margins (long words are broken,
    // not pushed past the edge) and prints the readable part of each expected text. Returns the drawn text without spaces.
    public static string PdfIsSane(byte[] pdf, int maxPages, IEnumerable<string> visibleTexts, string what, PageMargins? margins = null)
    {
        var m = margins ?? PageMargins.Letter;
        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 1, maxPages);
        var drawn = new StringBuilder();
        var outside = new List<string>();
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters)
            {
                drawn.Append(letter.Value);
                if (string.IsNullOrWhiteSpace(letter.Value))
                {
                    continue;
                }

                var box = letter.BoundingBox;
                if (box.Left < m.Left - EdgeTolerance || box.Right > page.Width - m.Right + EdgeTolerance || box.Bottom < 0 || box.Top > page.Height)
                {
                    outside.Add($"page {page.Number} '{letter.Value}' at x {box.Left:0.0}–{box.Right:0.0} of {page.Width:0.0}");
                }
            }
        }

        Assert.True(outside.Count == 0, $"{what}: {outside.Count} glyphs outside the margins, e.g. {string.Join("; ", outside.Take(5))}");
        var text = WhiteSpace().Replace(drawn.ToString(), "");
        // A word broken between two letters gets a hyphen at the line end (TextWrapper); it is not part of the text.
        var unhyphenated = text.Replace("-", "", StringComparison.Ordinal);
        foreach (var expected in visibleTexts)
        {
            foreach (var token in PrintableRuns(expected))
            {
                Assert.True(
                    text.Contains(token, StringComparison.Ordinal) || unhyphenated.Contains(token.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal),
                    $"{what}: '{token}' (from '{Visible(expected)}') is not printed.");
            }
        }

        return text;
    }

    // The parts of a text any font can draw: runs of three or more printable ASCII characters.
    public static IEnumerable<string> PrintableRuns(string text) =>
        AsciiRun().Matches(text).Select(m => m.Value);

    public static string Visible(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Length > 80 ? text[..80] + "…" : text)
        {
            sb.Append(c < 0x20 || c is '\u007F' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or '\uFEFF' || char.IsSurrogate(c)
                ? $"\\u{(int)c:X4}"
                : c.ToString());
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\b(tidak|bukan|harus|wajib|hanya|sudah|paling|boleh|belum|gunakan|isi|yang|dengan|atau|untuk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IndonesianWord();

    [GeneratedRegex(@"^SUM\([A-Z]+[0-9]+:[A-Z]+[0-9]+\)$")]
    private static partial Regex TotalFormula();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[\x21-\x7E]{3,}")]
    private static partial Regex AsciiRun();
}
