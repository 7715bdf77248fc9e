namespace CsrSponsorship.Core.Domain.Companies;

public sealed record NpwpResult(string? Value, string? Error);

// NPWP: since 2024 the 16-digit form; an old 15-digit corporate NPWP becomes 16 digits by a leading 0
// (PMK 112/2022). Punctuation as printed (01.234.567.8-901.000) is accepted.
public static class NpwpNumber
{
    public static NpwpResult Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return new NpwpResult(null, "NPWP wajib diisi.");
        }

        var digits = new System.Text.StringBuilder();
        foreach (var c in input.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not ('.' or '-' or ' '))
            {
                return new NpwpResult(null, "NPWP hanya boleh berisi angka, titik dan tanda hubung.");
            }
        }

        return digits.Length switch
        {
            16 => new NpwpResult(digits.ToString(), null),
            15 => new NpwpResult("0" + digits, null),
            _ => new NpwpResult(null, "NPWP harus 15 atau 16 angka."),
        };
    }

    // 0912345678901000 → 0912.3456.7890.1000 for display on documents.
    public static string Display(string npwp) =>
        npwp.Length == 16 ? $"{npwp[..4]}.{npwp[4..8]}.{npwp[8..12]}.{npwp[12..]}" : npwp;
}
