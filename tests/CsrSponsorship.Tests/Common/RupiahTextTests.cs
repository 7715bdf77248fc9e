using CsrSponsorship.Core.Common;
using CsrSponsorship.Tests.BadInput;

namespace CsrSponsorship.Tests.Common;

public sealed class RupiahTextTests
{
    [Theory]
    [MemberData(nameof(MoneyCorpus.Rows), MemberType = typeof(MoneyCorpus))]
    public void Every_money_string_in_the_corpus_gives_its_amount_or_an_Indonesian_reason(string input, string expected, string message)
    {
        var result = RupiahText.Parse(input);

        if (expected == "error")
        {
            Assert.Null(result.Amount);
            Assert.NotNull(result.Error);
            Assert.Contains(message, result.Error, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(result.Error);
            Assert.Equal(long.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Amount);
        }
    }

    [Fact]
    public void The_corpus_holds_the_strings_the_issue_names_and_at_least_thirty_of_them()
    {
        string[] named =
        [
            "1.250.000", "1,250,000", "-5", "1e9", "Rp 16.800,00", "9223372036854775808", "abc", "", "   ", "0", "Rp", "1.000,50",
            "--5", "5-", "1 000 000", "½", "١٢٣", "１２３", "=1+1", "<script>alert(1)</script>", "💰",
        ];
        var inputs = MoneyCorpus.All.Select(c => c.Input).ToHashSet(StringComparer.Ordinal);

        Assert.True(MoneyCorpus.All.Count >= 30, $"Only {MoneyCorpus.All.Count} money strings.");
        Assert.All(named, n => Assert.Contains(n, inputs));
        Assert.Equal(inputs.Count, MoneyCorpus.All.Count);
    }

    [Fact]
    public void An_empty_optional_field_is_no_amount_rather_than_an_error()
    {
        Assert.Equal(new RupiahParse(null, null), RupiahText.Parse("  ", required: false));
        Assert.Equal(new RupiahParse(null, null), RupiahText.Parse(null, required: false));
        Assert.Equal(RupiahText.Required, RupiahText.Parse(null).Error);
    }

    [Fact]
    public void Zero_is_accepted_only_where_the_caller_allows_it_and_negatives_never()
    {
        Assert.Equal(0, RupiahText.Parse("Rp 0", allowZero: true).Amount);
        Assert.Equal("Jumlah tidak boleh negatif.", RupiahText.Parse("-5", allowZero: true).Error);
        Assert.Equal("Jumlah harus lebih dari Rp 0.", RupiahText.Parse("0").Error);
    }

    [Fact]
    public void The_ceiling_is_stated_in_the_message() =>
        Assert.Equal("Jumlah terlalu besar: paling banyak Rp 1.000.000.000.000.", RupiahText.Parse("1.000.000.000.001").Error);

    [Theory]
    [InlineData(1)]
    [InlineData(999)]
    [InlineData(16_800)]
    [InlineData(1_250_000)]
    [InlineData(RupiahText.MaxAmount)]
    public void What_the_app_displays_reads_back_as_the_same_amount(long amount)
    {
        Assert.Equal(amount, RupiahText.Parse(IndonesianFormat.Thousands(amount)).Amount);
        Assert.Equal(amount, RupiahText.Parse(IndonesianFormat.Rupiah(amount)).Amount);
    }
}
