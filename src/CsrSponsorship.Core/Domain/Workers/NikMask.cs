namespace CsrSponsorship.Core.Domain.Workers;

// UU 27/2022 (PDP): a NIK leaving Disnakerind (company views, exports, PDFs) shows only region and serial.
public static class NikMask
{
    public const string Hidden = "••••••";

    public static string Mask(string nik)
    {
        ArgumentNullException.ThrowIfNull(nik);

        // Anything that is not a clean NIK is hidden whole rather than risk leaking a malformed one.
        return nik.Length == 16 && nik.All(char.IsAsciiDigit)
            ? string.Concat(nik.AsSpan(0, 6), Hidden, nik.AsSpan(12, 4))
            : new string('•', 16);
    }
}
