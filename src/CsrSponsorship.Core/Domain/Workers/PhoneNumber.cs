using System.Text;

namespace CsrSponsorship.Core.Domain.Workers;

public sealed record PhoneNumberResult(string? Value, string? Error)
{
    public bool IsValid => Error is null;
}

// Indonesian mobile numbers only, stored as 62 8xx... (digits, no +) so WhatsApp links and
// duplicate checks see one form. A bare "8123..." is refused: too easily a typo of something else.
public static class PhoneNumber
{
    private const int MinSubscriberDigits = 9;
    private const int MaxSubscriberDigits = 12;

    public static PhoneNumberResult Normalize(string? input)
    {
        var text = PastedText.Trim(input);
        if (text.Length == 0)
        {
            return Fail("Nomor HP wajib diisi.");
        }

        var digits = new StringBuilder(text.Length);
        var international = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && i == 0)
            {
                international = true;
            }
            else if (char.IsDigit(c))
            {
                return Fail("Nomor HP harus ditulis dengan angka biasa 0–9.");
            }
            else if (!(char.IsWhiteSpace(c) || c is '-' or '.' or '(' or ')'))
            {
                return Fail("Nomor HP hanya boleh berisi angka, spasi, tanda hubung, titik, tanda kurung, dan tanda + di depan.");
            }
        }

        var number = digits.ToString();
        string subscriber;
        if (number.StartsWith("62", StringComparison.Ordinal))
        {
            // "+62 (0)812..." is a common way of writing the trunk zero next to the country code.
            subscriber = number.StartsWith("620", StringComparison.Ordinal) ? number[3..] : number[2..];
        }
        else if (!international && number.StartsWith('0'))
        {
            subscriber = number[1..];
        }
        else
        {
            return Fail(international
                ? "Hanya nomor HP Indonesia (+62) yang diterima."
                : "Nomor HP harus diawali 08, 628, atau +628.");
        }

        if (!subscriber.StartsWith('8'))
        {
            return Fail("Nomor HP harus nomor seluler (diawali 08); nomor telepon rumah atau kantor tidak diterima.");
        }

        if (subscriber.Length < MinSubscriberDigits)
        {
            return Fail("Nomor HP terlalu pendek: minimal 10 angka bila ditulis dengan awalan 08.");
        }

        if (subscriber.Length > MaxSubscriberDigits)
        {
            return Fail("Nomor HP terlalu panjang: maksimal 13 angka bila ditulis dengan awalan 08.");
        }

        return new PhoneNumberResult("62" + subscriber, null);
    }

    // Same PDP reasoning as NikMask: lists that leave the office show only enough to recognise a number.
    public static string Mask(string phone)
    {
        var normalized = Normalize(phone).Value;
        return normalized is null
            ? NikMask.Hidden
            : string.Concat(normalized.AsSpan(0, 4), NikMask.Hidden, normalized.AsSpan(normalized.Length - 2));
    }

    // 0812-3456-7890; numbers that do not normalise are shown as typed so nothing disappears silently.
    public static string Display(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var normalized = Normalize(phone).Value;
        if (normalized is null)
        {
            return phone.Trim();
        }

        var local = "0" + normalized[2..];
        var middle = local.Length - 4 >= 8 ? 4 : 3;
        return $"{local[..4]}-{local.Substring(4, middle)}-{local[(4 + middle)..]}";
    }

    private static PhoneNumberResult Fail(string message) => new(null, message);
}
