using CsrSponsorship.Core.Domain.Workers;

namespace CsrSponsorship.Tests.Domain.Workers;

// All NIKs here are synthetic: built from the format, not taken from any person.
public sealed class NikCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static NikCheckResult Check(string? input, DateOnly? birthDate = null, Sex? sex = null) =>
        NikCheck.Check(input, birthDate, sex, Today);

    [Theory]
    [InlineData("6301021505900001", "1990-05-15", Sex.Male)]
    [InlineData("6301025505900001", "1990-05-15", Sex.Female)]
    [InlineData("6301024101850002", "1985-01-01", Sex.Female)]
    [InlineData("6301027112800003", "1980-12-31", Sex.Female)]
    [InlineData("6301020101000001", "2000-01-01", Sex.Male)]
    [InlineData("6301023101010001", "2001-01-31", Sex.Male)]
    [InlineData("6301022902960001", "1996-02-29", Sex.Male)]
    [InlineData("6301026902960001", "1996-02-29", Sex.Female)]
    [InlineData("6301022902000001", "2000-02-29", Sex.Male)]
    [InlineData("6301022902240001", "2024-02-29", Sex.Male)]
    [InlineData("6301022311260001", "2026-11-23", Sex.Male)]
    [InlineData("6301022411260001", "1926-11-24", Sex.Male)]
    [InlineData("6301027112260001", "1926-12-31", Sex.Female)]
    [InlineData("6301021506270001", "1927-06-15", Sex.Male)]
    [InlineData("6301073112799999", "1979-12-31", Sex.Male)]
    [InlineData(" 6301021505900001 ", "1990-05-15", Sex.Male)]
    [InlineData("\t6301021505900001\t", "1990-05-15", Sex.Male)]
    [InlineData("\u00A06301021505900001\u00A0", "1990-05-15", Sex.Male)]
    [InlineData("6301021505900001\r\n", "1990-05-15", Sex.Male)]
    [InlineData("\u200B6301021505900001", "1990-05-15", Sex.Male)]
    public void A_valid_Tanah_Laut_NIK_yields_birth_date_and_sex_without_issues(string input, string birthDate, Sex sex)
    {
        var result = Check(input);

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Equal(input.Trim().Trim('\u200B'), result.Nik);
        Assert.Equal(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), result.BirthDate);
        Assert.Equal(sex, result.Sex);
    }

    [Theory]
    [InlineData("3201011505900001", "32.01")]
    [InlineData("6372061505900001", "63.72")]
    [InlineData("1101015505900001", "11.01")]
    [InlineData("9601011505900001", "96.01")]
    [InlineData("6302011505900001", "63.02")]
    public void A_NIK_issued_outside_Tanah_Laut_is_valid_with_a_warning_only(string input, string regency)
    {
        var result = Check(input);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("nik.outside_tanah_laut", warning.Code);
        Assert.Contains(regency, warning.Message, StringComparison.Ordinal);
        Assert.Contains("bukan tempat tinggal", warning.Message, StringComparison.Ordinal);
        Assert.Equal(regency, result.RegencyCode);
    }

    [Theory]
    [InlineData(null, "nik.required")]
    [InlineData("", "nik.required")]
    [InlineData(" \t ", "nik.required")]
    [InlineData("630102150590000", "nik.length")]
    [InlineData("63010215059000011", "nik.length")]
    [InlineData("630102", "nik.length")]
    [InlineData("63010215O5900001", "nik.characters")]
    [InlineData("6301 021505900001", "nik.characters")]
    [InlineData("6301-02-150590-0001", "nik.characters")]
    [InlineData("6301.0215.0590.0001", "nik.characters")]
    [InlineData("NIK6301021505900001", "nik.characters")]
    [InlineData("６３０１０２１５０５９０００１", "nik.non_ascii_digits")]
    [InlineData("630102150590000１", "nik.non_ascii_digits")]
    [InlineData("٦٣٠١٠٢١٥٠٥٩٠٠٠١", "nik.non_ascii_digits")]
    [InlineData("1001021505900001", "nik.province")]
    [InlineData("2001021505900001", "nik.province")]
    [InlineData("3701021505900001", "nik.province")]
    [InlineData("9901021505900001", "nik.province")]
    [InlineData("0001021505900001", "nik.province")]
    [InlineData("6300021505900001", "nik.regency")]
    [InlineData("6301001505900001", "nik.kecamatan")]
    [InlineData("6301020005900001", "nik.day")]
    [InlineData("6301023205900001", "nik.day")]
    [InlineData("6301024005900001", "nik.day")]
    [InlineData("6301027205900001", "nik.day")]
    [InlineData("6301029905900001", "nik.day")]
    [InlineData("6301021500900001", "nik.month")]
    [InlineData("6301021513900001", "nik.month")]
    [InlineData("6301023104900001", "nik.date")]
    [InlineData("6301027104900001", "nik.date")]
    [InlineData("6301023106900001", "nik.date")]
    [InlineData("6301023002960001", "nik.date")]
    [InlineData("6301022902970001", "nik.date")]
    [InlineData("6301026902230001", "nik.date")]
    [InlineData("6301021505900000", "nik.serial")]
    public void An_invalid_NIK_is_rejected_with_one_specific_error(string? input, string code)
    {
        var result = Check(input);

        Assert.False(result.IsValid);
        Assert.Equal(code, Assert.Single(result.Errors).Code);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("1990-05-15", null, null)]
    [InlineData("1990-05-16", null, "nik.birth_date_mismatch")]
    [InlineData("1991-05-15", null, "nik.birth_date_mismatch")]
    [InlineData("1990-06-15", null, "nik.birth_date_mismatch")]
    [InlineData(null, Sex.Female, null)]
    [InlineData(null, Sex.Male, "nik.sex_mismatch")]
    [InlineData("1990-05-15", Sex.Female, null)]
    public void Entered_birth_date_and_sex_must_agree_with_a_womans_NIK(string? birthDate, Sex? sex, string? code)
    {
        DateOnly? entered = birthDate is null ? null : DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture);

        var result = Check("6301025505900001", entered, sex);

        Assert.Equal(code, result.Errors.SingleOrDefault()?.Code);
    }

    [Fact]
    public void Formatting_errors_leave_nothing_derived()
    {
        var result = Check("6301 021505900001");

        Assert.Null(result.Nik);
        Assert.Null(result.BirthDate);
        Assert.Null(result.Sex);
        Assert.Null(result.ProvinceCode);
    }

    [Fact]
    public void Region_codes_are_derived_in_Kemendagri_notation()
    {
        var result = Check("6301071505900001");

        Assert.Equal("63", result.ProvinceCode);
        Assert.Equal("63.01", result.RegencyCode);
        Assert.Equal("63.01.07", result.KecamatanCode);
    }

    [Fact]
    public void Every_broken_field_is_reported_at_once()
    {
        var result = Check("9900000000000000");

        Assert.Equal(
            ["nik.province", "nik.regency", "nik.kecamatan", "nik.day", "nik.month", "nik.serial"],
            result.Errors.Select(e => e.Code));
        Assert.Equal("9900000000000000", result.Nik);
    }

    [Fact]
    public void Messages_are_in_Indonesian_and_name_the_offending_value()
    {
        Assert.Equal("Kode provinsi 99 pada NIK tidak dikenal.", Check("9901021505900001").Errors[0].Message);
        Assert.Equal("Tanggal lahir pada NIK tidak valid (31-04-1990 tidak ada).", Check("6301023104900001").Errors[0].Message);
        Assert.Equal("Tanggal lahir pada NIK tidak valid (29-02-1997 tidak ada).", Check("6301022902970001").Errors[0].Message);
        Assert.Equal("Nomor urut NIK tidak boleh 0000.", Check("6301021505900000").Errors[0].Message);
        Assert.Equal("NIK harus terdiri dari 16 angka; yang diisi 15 angka.", Check("630102150590000").Errors[0].Message);
        Assert.Contains("angka biasa 0–9", Check("６３０１０２１５０５９０００１").Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contradicting_birth_date_names_both_dates()
    {
        var result = Check("6301021505900001", new DateOnly(1990, 5, 16));

        Assert.Equal(
            "Tanggal lahir yang diisi (16 Mei 1990) tidak sesuai dengan NIK (15 Mei 1990).",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_contradicting_sex_names_both_values()
    {
        var result = Check("6301021505900001", sex: Sex.Female);

        Assert.StartsWith(
            "Jenis kelamin yang diisi (Perempuan) tidak sesuai dengan NIK (Laki-laki).",
            Assert.Single(result.Errors).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_birth_date_and_wrong_sex_are_both_reported()
    {
        var result = Check("6301021505900001", new DateOnly(1990, 5, 16), Sex.Female);

        Assert.Equal(["nik.birth_date_mismatch", "nik.sex_mismatch"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void An_entered_date_in_another_century_settles_the_century_instead_of_contradicting()
    {
        // Year 25 reads as 2025 by default; a person born in 1925 has the same NIK digits.
        var result = Check("6301021505250001", new DateOnly(1925, 5, 15));

        Assert.True(result.IsValid);
        Assert.Equal(new DateOnly(1925, 5, 15), result.BirthDate);
    }

    [Fact]
    public void Without_a_reference_date_the_check_uses_today_in_WITA()
    {
        var result = NikCheck.Check("6301021505900001");

        Assert.Equal(new DateOnly(1990, 5, 15), result.BirthDate);
    }
}
