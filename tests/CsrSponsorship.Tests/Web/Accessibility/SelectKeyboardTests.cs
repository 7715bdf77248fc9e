using System.Text.RegularExpressions;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Web.Accessibility;

// MudSelect 9.12 hides its input once the chosen item has child content, and keyboard focus falls to the page after
// the first ArrowDown (decision 0175). Every select in the app gives its text through ToStringFunc instead.
public sealed partial class SelectKeyboardTests
{
    [Fact]
    public void No_select_item_in_the_app_carries_child_content()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src", "CsrSponsorship.Web"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => ItemWithContent().Matches(File.ReadAllText(file))
                .Select(m => $"{Path.GetRelativePath(RepositoryFiles.Root, file)}: {m.Value.Trim()}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Select items with content (give the text through ToStringFunc): " + string.Join(Environment.NewLine, offenders));
    }

    [GeneratedRegex("""<MudSelectItem\b(?:[^>"]|"[^"]*")*(?<!/)>\s*\S.*?</MudSelectItem>""", RegexOptions.Singleline)]
    private static partial Regex ItemWithContent();
}
