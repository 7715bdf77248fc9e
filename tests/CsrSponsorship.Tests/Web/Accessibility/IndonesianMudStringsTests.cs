using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Bunit;
using CsrSponsorship.Tests.Infrastructure;
using CsrSponsorship.Web.Components.Layout;
using CsrSponsorship.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CsrSponsorship.Tests.Web.Accessibility;

// MudBlazor's built-in words ("Next page", "Sort", "Column options", "Increment"...) must reach users in Indonesian.
public sealed partial class IndonesianMudStringsTests : MudTestContext
{
    // Words that are the same in Indonesian, and the comparison signs of the column filter.
    private static readonly HashSet<string> SameInBothLanguages = new(StringComparer.Ordinal)
    {
        "MudDataGrid_Filter", "MudDataGrid_Operator", "MudDataGrid_EqualSign", "MudDataGrid_NotEqualSign",
        "MudDataGrid_GreaterThanSign", "MudDataGrid_GreaterThanOrEqualSign", "MudDataGrid_LessThanSign",
        "MudDataGrid_LessThanOrEqualSign",
    };

    public IndonesianMudStringsTests()
    {
        Services.AddIndonesianMudStrings();
    }

    private static readonly ResourceManager MudBlazorTexts = new("MudBlazor.Resources.LanguageResource", typeof(MudButton).Assembly);

    public static TheoryData<string> MudBlazorKeys()
    {
        var set = MudBlazorTexts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        return [.. set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(MudBlazorKeys))]
    public void Every_text_MudBlazor_ships_has_an_Indonesian_answer_with_the_same_placeholders(string key)
    {
        var english = MudBlazorTexts.GetString(key, CultureInfo.InvariantCulture)!;
        var localizer = Services.GetRequiredService<MudLocalizer>();

        var indonesian = localizer[key];

        Assert.False(indonesian.ResourceNotFound, $"No Indonesian text for {key} (\"{english}\").");
        if (!SameInBothLanguages.Contains(key))
        {
            Assert.NotEqual(english, indonesian.Value);
        }

        Assert.Equal(Placeholders(english), Placeholders(indonesian.Value));
    }

    [Fact]
    public void The_grid_pager_speaks_Indonesian_and_groups_thousands_with_a_dot()
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        // The browser asks in English; the grid still answers in Indonesian.
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("id-ID");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            var grid = Render<MudDataGrid<int>>(parameters => parameters
                .Add(g => g.Items, Enumerable.Range(1, 2001).ToList())
                .Add(g => g.RowsPerPage, 25)
                .Add(g => g.Culture, AppCulture.Indonesian)
                .Add(g => g.Columns, builder =>
                {
                    builder.OpenComponent<PropertyColumn<int, int>>(0);
                    builder.AddAttribute(1, nameof(PropertyColumn<int, int>.Property), (System.Linq.Expressions.Expression<Func<int, int>>)(i => i));
                    builder.AddAttribute(2, nameof(PropertyColumn<int, int>.Title), "Nomor");
                    builder.CloseComponent();
                })
                .Add(g => g.PagerContent, builder =>
                {
                    builder.OpenComponent<MudDataGridPager<int>>(0);
                    builder.CloseComponent();
                }));

            var markup = grid.Markup;
            Assert.Contains("1–25 dari 2.001", grid.Find(".mud-table-pagination-toolbar").TextContent, StringComparison.Ordinal);
            Assert.Contains("Baris per halaman:", markup, StringComparison.Ordinal);
            Assert.Contains("aria-label=\"Halaman berikutnya\"", markup, StringComparison.Ordinal);
            Assert.Contains("aria-label=\"Halaman terakhir\"", markup, StringComparison.Ordinal);
            Assert.Contains("Urutkan", markup, StringComparison.Ordinal);
            Assert.DoesNotContain("Next page", markup, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Column options", markup, StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public void Every_data_grid_formats_its_numbers_with_the_Indonesian_culture()
    {
        var source = Path.Combine(RepositoryFiles.Root, "src", "CsrSponsorship.Web");
        var grids = Directory.EnumerateFiles(source, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => DataGridTag().Matches(File.ReadAllText(file)).Select(tag => (File: Path.GetFileName(file), Tag: tag.Value)))
            .ToList();

        Assert.NotEmpty(grids);
        Assert.All(grids, grid => Assert.True(
            grid.Tag.Contains("Culture=\"AppCulture.Indonesian\"", StringComparison.Ordinal),
            $"{grid.File}: a MudDataGrid without Culture=AppCulture.Indonesian shows 2,001 instead of 2.001."));
    }

    [Fact]
    public void A_numeric_field_names_its_plus_and_minus_buttons_in_Indonesian()
    {
        var field = Render<MudNumericField<int>>(parameters => parameters.Add(f => f.Label, "Jumlah"));

        Assert.Contains("Tambah", field.Markup, StringComparison.Ordinal);
        Assert.Contains("Kurangi", field.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Increment", field.Markup, StringComparison.Ordinal);
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(match => match.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"<MudDataGrid\s[^>]*>")]
    private static partial Regex DataGridTag();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
