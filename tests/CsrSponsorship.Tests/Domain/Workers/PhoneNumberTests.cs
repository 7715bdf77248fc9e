using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Tests.Domain.Workers;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("081234567890", "6281234567890")]
    [InlineData("0812-3456-7890", "6281234567890")]
    [InlineData("0812 3456 7890", "6281234567890")]
    [InlineData("(0812) 3456.7890", "6281234567890")]
    [InlineData("+62 812-3456-7890", "6281234567890")]
    [InlineData("+6281234567890", "6281234567890")]
    [InlineData("6281234567890", "6281234567890")]
    [InlineData("62 812 3456 7890", "6281234567890")]
    [InlineData("+62 (0)812 3456 7890", "6281234567890")]
    [InlineData("\u00A00812345678\t", "62812345678")]
    [InlineData("0812345678901", "62812345678901")]
    public void Indonesian_mobile_numbers_are_normalised_to_62(string input, string expected)
    {
        var result = PhoneNumber.Normalize(input);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData(null, "wajib diisi")]
    [InlineData("  ", "wajib diisi")]
    [InlineData("81234567890", "diawali 08, 628, atau +628")]
    [InlineData("+1 555 123 4567", "Indonesia (+62)")]
    [InlineData("+081234567890", "Indonesia (+62)")]
    [InlineData("0512-21234", "nomor seluler")]
    [InlineData("+62 512 21234", "nomor seluler")]
    [InlineData("081234567", "terlalu pendek")]
    [InlineData("08123456789012", "terlalu panjang")]
    [InlineData("0812abc4567", "hanya boleh berisi angka")]
    [InlineData("0812+34567890", "hanya boleh berisi angka")]
    [InlineData("０８１２３４５６７８９０", "angka biasa 0–9")]
    public void Other_input_is_refused_with_an_Indonesian_reason(string? input, string fragment)
    {
        var result = PhoneNumber.Normalize(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Contains(fragment, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6281234567890", "6281••••••90")]
    [InlineData("0812-345-678", "6281••••••78")]
    [InlineData("bukan nomor", "••••••")]
    public void A_masked_number_keeps_the_first_four_and_last_two_digits(string input, string expected) =>
        Assert.Equal(expected, PhoneNumber.Mask(input));

    [Theory]
    [InlineData("6281234567890", "0812-3456-7890")]
    [InlineData("628123456789", "0812-345-6789")]
    [InlineData("62812345678", "0812-345-678")]
    [InlineData("62812345678901", "0812-3456-78901")]
    [InlineData(" 0512-21234 ", "0512-21234")]
    public void Numbers_are_displayed_in_local_grouped_form(string input, string expected) =>
        Assert.Equal(expected, PhoneNumber.Display(input));
}
