using System.Collections.Frozen;
using CsrSponsorship.Core.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace CsrSponsorship.Core.Features.Identity;

// Length alone lets "password12345" and "tanahlaut2026!" through; NIST SP 800-63B asks to reject passwords
// from breach lists and context-specific words. The password is reduced to its letters, then rejected when
// those letters are nothing but common words and the names this office is known by.
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly FrozenSet<string> Words = new[]
    {
        // Most frequent entries of public breach lists (letters only; digits and symbols are stripped anyway).
        "password", "passw", "pass", "qwerty", "qwertyuiop", "asdf", "asdfgh", "asdfghjkl", "zxcvbnm", "abc", "abcd",
        "abcdef", "admin", "administrator", "root", "user", "login", "welcome", "letmein", "iloveyou", "love",
        "monkey", "dragon", "master", "sunshine", "princess", "football", "baseball", "superman", "batman",
        "shadow", "trustno", "secret", "changeme", "default", "test", "testing", "guest", "hello", "freedom",
        "whatever", "starwars", "computer", "internet", "qazwsx", "azerty",
        // Indonesian equivalents.
        "katasandi", "sandi", "rahasia", "sayang", "cinta", "bismillah", "indonesia", "merdeka", "jakarta",
        "masuk", "selamat", "datang", "kantor", "pegawai", "rahasiaku", "sayangku", "cintaku",
        // Context: the regency, the office and the programme this system belongs to.
        "tanahlaut", "tanah", "laut", "pelaihari", "kalsel", "kalimantan", "disnaker", "disnakerind",
        "disnakertrans", "naker", "csr", "bpjs", "bpjstk", "ketenagakerjaan", "jamsostek", "sponsor", "sponsorship",
        "pemkab", "kabupaten",
    }.ToFrozenSet(StringComparer.Ordinal);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(IsCommon(password ?? "")
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Kata sandi terlalu mudah ditebak (kata umum atau nama instansi/daerah). Gunakan kalimat yang lebih unik.",
            })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var letters = new string(password.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        if (letters.Length == 0)
        {
            return true;
        }

        // Can the letters be split entirely into listed words? canSplit[i]: the first i letters can.
        var canSplit = new bool[letters.Length + 1];
        canSplit[0] = true;
        for (var end = 1; end <= letters.Length; end++)
        {
            for (var start = 0; start < end && !canSplit[end]; start++)
            {
                canSplit[end] = canSplit[start] && Words.Contains(letters[start..end]);
            }
        }

        return canSplit[letters.Length];
    }
}
