using System.Globalization;
using System.Text;
using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.Invoicing;

public static class DocumentTypes
{
    public const string Invoice = "Invoice";
    public const string Receipt = "Receipt";
    public const string CircularLetter = "CircularLetter";

    public static readonly IReadOnlyList<string> All = [Invoice, Receipt, CircularLetter];

    public static string Label(string type) => type switch
    {
        Invoice => "Tagihan",
        Receipt => "Bukti pencatatan pembayaran",
        CircularLetter => "Surat Edaran",
        _ => type,
    };
}

// Official document numbers follow the archive pattern classification/serial/unit/year
// (e.g. 900.1/007/Disnakerind/VII/2026). The pattern is data per document type; this class only fills it in.
public static class DocumentNumber
{
    private static readonly string[] RomanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public static string RomanMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return RomanMonths[month - 1];
    }

    // Throws the message an Admin editing the template should see.
    public static void Validate(string template)
    {
        var usesSerial = false;
        var usesYear = false;
        Render(template, token =>
        {
            usesSerial |= token.Name == "urut";
            usesYear |= token.Name == "tahun";
            return "";
        });
        if (!usesSerial)
        {
            // Without the serial every document of a year would carry the same number.
            throw new DomainException("Templat nomor harus memuat {urut}.");
        }

        if (!usesYear)
        {
            // The serial restarts every year (NumberSequence per year), so only the year keeps 001 of 2027 apart from 001 of 2026.
            throw new DomainException("Templat nomor harus memuat {tahun}: nomor urut dimulai lagi dari 1 setiap tahun, sehingga tanpa tahun nomor tahun depan akan sama dengan nomor tahun ini.");
        }
    }

    // Null for a usable template, otherwise why not; for showing a stored template that an earlier version accepted.
    public static string? Problem(string template)
    {
        try
        {
            Validate(template);
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
    }

    public static string Format(string template, int serial, DateOnly date, string code, string unit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 1);
        Validate(template);
        return Render(template, token => token.Name switch
        {
            "urut" => serial.ToString(token.Format ?? "0", CultureInfo.InvariantCulture),
            "kode" => code,
            "unit" => unit,
            "bulan_romawi" => RomanMonth(date.Month),
            "tahun" => date.Year.ToString("0000", CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException("Render accepts known tokens only."),
        });
    }

    private static string Render(string template, Func<Token, string> value)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            throw new DomainException("Templat nomor tidak boleh kosong.");
        }

        var result = new StringBuilder(template.Length + 8);
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '}')
            {
                throw new DomainException($"Templat nomor \"{template}\": kurung kurawal tutup tanpa pasangan.");
            }

            if (c != '{')
            {
                result.Append(c);
                i++;
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                throw new DomainException($"Templat nomor \"{template}\": kurung kurawal tidak ditutup.");
            }

            result.Append(value(Parse(template[(i + 1)..close], template)));
            i = close + 1;
        }

        return result.ToString();
    }

    private static Token Parse(string body, string template)
    {
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? body : body[..colon];
        var format = colon < 0 ? null : body[(colon + 1)..];
        if (name is not ("kode" or "urut" or "unit" or "bulan_romawi" or "tahun"))
        {
            throw new DomainException(
                $"Templat nomor \"{template}\" memuat penanda yang tidak dikenal: {{{body}}}. Yang dapat dipakai: {{kode}}, {{urut}}, {{urut:000}}, {{unit}}, {{bulan_romawi}}, {{tahun}}.");
        }

        // Only the serial takes a width, written as zeros: {urut:000} → 007.
        if (format is not null && (name != "urut" || format.Length is 0 or > 9 || format.Any(ch => ch != '0')))
        {
            throw new DomainException($"Templat nomor \"{template}\": format {{{body}}} tidak dikenal; gunakan misalnya {{urut:000}}.");
        }

        return new Token(name, format);
    }

    private readonly record struct Token(string Name, string? Format);
}

// Per document type: the template and the values of {kode} and {unit}. Admin maintains these.
public class DocumentNumberTemplate : IVersioned
{
    public string DocumentType { get; private set; } = "";

    public string Template { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string Unit { get; private set; } = "";

    public Guid Version { get; set; }

    private DocumentNumberTemplate()
    {
    }

    public static DocumentNumberTemplate Create(string documentType, string template, string code, string unit)
    {
        var result = new DocumentNumberTemplate { DocumentType = documentType };
        result.Change(template, code, unit);
        return result;
    }

    // Past numbers stay as issued; a changed template applies from the next number on.
    public void Change(string template, string code, string unit)
    {
        var trimmed = (template ?? "").Trim();
        DocumentNumber.Validate(trimmed);
        Template = trimmed;
        Code = (code ?? "").Trim();
        Unit = (unit ?? "").Trim();
    }

    public static IReadOnlyList<DocumentNumberTemplate> Defaults() =>
    [
        // 900.1 = keuangan daerah (Permendagri 83/2022 classification).
        Create(DocumentTypes.Invoice, "900.1/{urut:000}/Disnakerind/{bulan_romawi}/{tahun}", "900.1", "Disnakerind"),
        Create(DocumentTypes.Receipt, "900.1/KW/{urut:000}/Disnakerind/{tahun}", "900.1", "Disnakerind"),
        // 500.15.10 = ketenagakerjaan, sektor informal.
        Create(DocumentTypes.CircularLetter, "500.15.10/{urut}/Disnakerind/{tahun}", "500.15.10", "Disnakerind"),
    ];
}

// The last serial handed out per document type and year. Rows only ever count up, so a number
// that was issued and later cancelled is never handed out again.
public class NumberSequence
{
    public string DocumentType { get; private set; } = "";

    public int Year { get; private set; }

    public int LastSerial { get; private set; }
}
