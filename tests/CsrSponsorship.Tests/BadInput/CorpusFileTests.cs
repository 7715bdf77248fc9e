using CsrSponsorship.Core.Documents.Pdf.Layout;
using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Tests.BadInput;

// The corpus itself: big enough for issue 8, every id unique, and every NIK expectation agreeing with the pure rule,
// so a service test that fails points at the service, not at a mistyped case.
public sealed class CorpusFileTests
{
    private static readonly DateOnly Today = NikCorpusFixture.Today;

    [Fact]
    public void The_corpus_has_at_least_60_NIKs_12_formulas_and_the_hostile_texts_the_issue_names()
    {
        Assert.True(BadInputCorpus.Niks.Count >= 60, $"{BadInputCorpus.Niks.Count} NIK strings");
        Assert.True(BadInputCorpus.Formulas.Count >= 12, $"{BadInputCorpus.Formulas.Count} formula strings");
        Assert.Equal(BadInputCorpus.Niks.Count, BadInputCorpus.Niks.Select(n => n.Id).Distinct().Count());
        Assert.Equal(BadInputCorpus.Formulas.Count, BadInputCorpus.Formulas.Select(f => f.Id).Distinct().Count());
        Assert.Equal(BadInputCorpus.Hostile.Count, BadInputCorpus.Hostile.Select(h => h.Id).Distinct().Count());

        Assert.Equal(200, BadInputCorpus.Text("address-200").Text.Length);
        Assert.Equal(1000, BadInputCorpus.Text("address-1000").Text.Length);
        Assert.Equal(200, BadInputCorpus.Text("word-200").Text.Length);
        Assert.DoesNotContain(' ', BadInputCorpus.Text("word-200").Text);
        Assert.Equal(10_000, BadInputCorpus.Nik("length-10k-digits").Input!.Length);
        Assert.Null(BadInputCorpus.Nik("null").Input);
        Assert.Contains("<script>", BadInputCorpus.Text("script").Text, StringComparison.Ordinal);
        Assert.Contains('\u202E', BadInputCorpus.Text("rtl-override").Text);
        Assert.Contains('\0', BadInputCorpus.Text("nul").Text);
        Assert.Contains(BadInputCorpus.Formulas, f => f.Text == "\uFF1D1+1");
    }

    // The document checks must be able to fail: text drawn past the right margin is caught.
    [Fact]
    public void The_margin_check_catches_a_line_drawn_past_the_right_margin()
    {
        using var composer = new PdfComposer();
        composer.TextAt(new string('W', 60), composer.ContentLeft, composer.ContentTop);
        var pdf = composer.Build();

        var outside = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => CorpusAssert.PdfIsSane(pdf, maxPages: 1, [], "uji"));
        Assert.Contains("glyphs outside the margins", outside.Message, StringComparison.Ordinal);
        using var empty = new PdfComposer();
        var missing = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => CorpusAssert.PdfIsSane(empty.Build(), maxPages: 1, ["Budi Santoso"], "uji"));
        Assert.Contains("'Budi' (from 'Budi Santoso') is not printed", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInputCorpus.NikIds), MemberType = typeof(BadInputCorpus))]
    public void Each_NIK_expectation_agrees_with_NikCheck(string id)
    {
        var c = BadInputCorpus.Nik(id);
        var result = NikCheck.Check(c.Input, today: Today);

        switch (c.Expect)
        {
            case "valid" or "age" or "taken":
                Assert.True(result.IsValid, string.Join(" | ", result.Errors));
                Assert.Matches("^[0-9]{16}$", result.Nik);
                break;
            default:
                Assert.NotNull(c.ErrorCode);
                Assert.Contains(result.Errors, e => e.Code == c.ErrorCode);
                Assert.All(result.Errors, e => CorpusAssert.IsIndonesianMessage(e.Message));
                break;
        }
    }
}
