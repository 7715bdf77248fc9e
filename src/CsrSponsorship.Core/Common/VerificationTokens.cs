using System.Buffers.Text;
using System.Security.Cryptography;

namespace CsrSponsorship.Core.Common;

// The secret in every /verifikasi/{token} link printed on an invoice, receipt or circular letter.
public static class VerificationTokens
{
    // 16 random bytes = 128 bits; base64url without padding is 22 characters.
    private const int Bytes = 16;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));
}
