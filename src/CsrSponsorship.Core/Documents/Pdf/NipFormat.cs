namespace CsrSponsorship.Core.Documents.Pdf;

// NIP (18 digits): birth date yyyyMMdd, appointment yyyyMM, sex digit, serial — printed in those four groups,
// "NIP. 19800101 200501 1 001", as tata naskah dinas prints it under the signer's name.
public static class NipFormat
{
    public static string Display(string nip)
    {
        ArgumentNullException.ThrowIfNull(nip);
        var digits = string.Concat(nip.Where(c => !char.IsWhiteSpace(c)));
        return digits.Length == 18 && digits.All(char.IsAsciiDigit)
            ? $"{digits[..8]} {digits[8..14]} {digits[14]} {digits[15..]}"
            : nip.Trim();
    }
}
