using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace CsrSponsorship.Core.Features.Identity;

// Identity's messages reach users (create user, reset password); they must be in Bahasa Indonesia.
public sealed class IndonesianIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => E(nameof(DefaultError), "Terjadi kesalahan. Silakan coba lagi.");

    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Data pengguna baru saja diubah oleh orang lain. Muat ulang lalu coba lagi.");

    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Kata sandi salah.");

    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Token tidak valid atau sudah kedaluwarsa.");

    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"Nama pengguna '{userName}' tidak valid.");

    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"Alamat email '{email}' tidak valid.");

    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"Email '{userName}' sudah dipakai akun lain.");

    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"Email '{email}' sudah dipakai akun lain.");

    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), $"Peran '{role}' tidak dikenal.");

    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"Pengguna sudah memiliki peran '{role}'.");

    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), $"Pengguna tidak memiliki peran '{role}'.");

    public override IdentityError PasswordTooShort(int length) =>
        E(nameof(PasswordTooShort), string.Create(CultureInfo.InvariantCulture, $"Kata sandi minimal {length} karakter."));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        E(nameof(PasswordRequiresUniqueChars), string.Create(CultureInfo.InvariantCulture, $"Kata sandi harus memuat minimal {uniqueChars} karakter berbeda."));

    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Penguncian akun tidak aktif untuk pengguna ini.");

    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };
}
