using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Tests.Common;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("900.1/007/Disnakerind/VII/2026", "900.1-007-Disnakerind-VII-2026")]
    [InlineData("PT Sumber Daya Ñusantara (Persero) Tbk.", "PT-Sumber-Daya-Nusantara-Persero-Tbk")]
    [InlineData("KW/0001/Keu/2026", "KW-0001-Keu-2026")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("PT 测试 👷🏽 Jaya\u202E", "PT-Jaya")]
    [InlineData("测试", "dokumen")]
    [InlineData("", "dokumen")]
    public void A_file_name_part_is_plain_ascii_without_paths(string text, string expected) =>
        Assert.Equal(expected, FileNames.Part(text));

    [Fact]
    public void A_file_name_part_stays_short_whatever_the_name() =>
        Assert.True(FileNames.Part(new string('a', 10_000)).Length <= FileNames.MaxPartLength);
}
