using System.Text.RegularExpressions;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Docs;

// The README is what a newcomer reads first, so it stays short and every reference document is one click away;
// a link that points nowhere, or a decision record missing from the index, is found here rather than by a reader.
public sealed partial class DocumentationTests
{
    private const int ReadmeLimitBytes = 8192;

    [Fact]
    public void The_README_fits_in_8_KB()
    {
        var size = new FileInfo(RepositoryFiles.PathOf("README.md")).Length;

        Assert.True(size <= ReadmeLimitBytes, $"README.md is {size} bytes; at most {ReadmeLimitBytes}. Move reference text into docs/.");
    }

    [Fact]
    public void Every_relative_link_in_the_README_and_docs_points_to_an_existing_file()
    {
        var broken = MarkdownFiles()
            .SelectMany(file => RelativeLinks(file).Select(link => (file, link)))
            .Where(x => !File.Exists(Target(x.file, x.link)) && !Directory.Exists(Target(x.file, x.link)))
            .Select(x => $"{Path.GetRelativePath(RepositoryFiles.Root, x.file)} → {x.link}")
            .ToList();

        Assert.True(broken.Count == 0, "Links to nothing:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Every_reference_document_is_one_link_from_the_README()
    {
        var linked = RelativeLinks(RepositoryFiles.PathOf("README.md"))
            .Select(link => Path.GetFullPath(Target(RepositoryFiles.PathOf("README.md"), link)))
            .ToHashSet(StringComparer.Ordinal);
        var documents = Directory.GetFiles(RepositoryFiles.PathOf("docs"), "*.md")
            .Append(RepositoryFiles.PathOf(Path.Combine("docs", "decisions", "README.md")))
            .Select(Path.GetFullPath);

        var unlinked = documents.Where(d => !linked.Contains(d)).Select(d => Path.GetRelativePath(RepositoryFiles.Root, d)).ToList();

        Assert.True(unlinked.Count == 0, "Not linked from README.md:\n" + string.Join("\n", unlinked));
    }

    [Fact]
    public void Every_decision_record_is_listed_in_the_decision_index()
    {
        var index = RepositoryFiles.PathOf(Path.Combine("docs", "decisions", "README.md"));
        var listed = RelativeLinks(index).Select(link => Path.GetFileName(Target(index, link))).ToHashSet(StringComparer.Ordinal);

        var records = Directory.GetFiles(Path.GetDirectoryName(index)!, "*.md").Select(Path.GetFileName).Where(name => name != "README.md");
        var missing = records.Where(r => !listed.Contains(r!)).ToList();

        Assert.True(missing.Count == 0, "Missing from docs/decisions/README.md:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void CI_runs_the_test_command_the_README_gives()
    {
        Assert.Matches(new Regex(@"^tests/run\.sh\b", RegexOptions.Multiline), RepositoryFiles.Read("README.md"));
        Assert.Matches(new Regex(@"^exec bash tests/run\.sh$", RegexOptions.Multiline), RepositoryFiles.Read(Path.Combine(".ci", "run")));
    }

    [Fact]
    public void The_link_check_sees_a_broken_link()
    {
        var file = Path.Combine(Path.GetTempPath(), $"links-{Guid.NewGuid():N}.md");
        File.WriteAllText(file, "See [a](missing.md), [b](https://example.org/x.md), [c](#here) and `[d](code.md)`.\n```\n[e](fenced.md)\n```\n");
        try
        {
            Assert.Equal(["missing.md"], RelativeLinks(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IEnumerable<string> MarkdownFiles() =>
        Directory.GetFiles(RepositoryFiles.PathOf("docs"), "*.md", SearchOption.AllDirectories).Prepend(RepositoryFiles.PathOf("README.md"));

    // Links outside code: inline code and fenced blocks hold examples, not links.
    private static List<string> RelativeLinks(string file)
    {
        var text = Fenced().Replace(File.ReadAllText(file).ReplaceLineEndings("\n"), "");
        text = InlineCode().Replace(text, "");
        return Link().Matches(text)
            .Select(m => m.Groups["target"].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Select(target => target.Split('#')[0])
            .Where(target => target.Length > 0)
            .ToList();
    }

    private static string Target(string file, string link) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(link)));

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fenced();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
