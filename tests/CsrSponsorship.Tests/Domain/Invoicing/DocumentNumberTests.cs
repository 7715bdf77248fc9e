using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Invoicing;

namespace CsrSponsorship.Tests.Domain.Invoicing;

public sealed class DocumentNumberTests
{
    private const string InvoiceTemplate = "900.1/{urut:000}/Disnakerind/{bulan_romawi}/{tahun}";

    [Theory]
    [InlineData(InvoiceTemplate, 7, "2026-07-18", "900.1/007/Disnakerind/VII/2026")]
    [InlineData(InvoiceTemplate, 1, "2027-01-02", "900.1/001/Disnakerind/I/2027")]
    [InlineData(InvoiceTemplate, 1234, "2026-12-31", "900.1/1234/Disnakerind/XII/2026")]
    [InlineData("900.1/KW/{urut:000}/Disnakerind/{tahun}", 42, "2026-06-18", "900.1/KW/042/Disnakerind/2026")]
    [InlineData("500.15.10/{urut}/Disnakerind/{tahun}", 123, "2026-06-18", "500.15.10/123/Disnakerind/2026")]
    [InlineData("{kode}/{urut:0000}/{unit}/{bulan_romawi}/{tahun}", 5, "2026-04-01", "900.1/0005/Disnakerind/IV/2026")]
    public void Templates_are_filled_in(string template, int serial, string date, string expected)
    {
        Assert.Equal(expected, DocumentNumber.Format(template, serial, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "900.1", "Disnakerind"));
    }

    [Fact]
    public void Months_are_written_in_Roman_numerals()
    {
        var months = Enumerable.Range(1, 12).Select(DocumentNumber.RomanMonth);

        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], months);
    }

    [Theory]
    [InlineData("900.1/{nomor}/{tahun}", "tidak dikenal")]
    [InlineData("900.1/{urut:abc}/{tahun}", "format {urut:abc}")]
    [InlineData("900.1/{tahun:00}/{urut}", "format {tahun:00}")]
    [InlineData("900.1/Disnakerind/{tahun}", "harus memuat {urut}")]
    [InlineData("900.1/{urut/{tahun}", "tidak dikenal")]
    [InlineData("900.1/{urut}}/{tahun}", "tanpa pasangan")]
    [InlineData("900.1/{urut", "tidak ditutup")]
    [InlineData("  ", "tidak boleh kosong")]
    public void Broken_templates_are_refused_with_a_reason(string template, string reason)
    {
        var ex = Assert.Throws<DomainException>(() => DocumentNumber.Format(template, 1, new DateOnly(2026, 6, 18), "900.1", "Disnakerind"));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seeded_templates_are_the_office_defaults()
    {
        var defaults = DocumentNumberTemplate.Defaults().ToDictionary(t => t.DocumentType, t => t.Template);

        Assert.Equal(InvoiceTemplate, defaults[DocumentTypes.Invoice]);
        Assert.Equal("900.1/KW/{urut:000}/Disnakerind/{tahun}", defaults[DocumentTypes.Receipt]);
        Assert.Equal("500.15.10/{urut}/Disnakerind/{tahun}", defaults[DocumentTypes.CircularLetter]);
    }
}
