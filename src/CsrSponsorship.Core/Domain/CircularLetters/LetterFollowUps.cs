using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Core.Domain.CircularLetters;

public static class LetterFollowUps
{
    // Corrections and revocations are new letters pointing at a signed one (Permendagri 1/2023). A revocation is
    // final: it is neither corrected nor revoked (a letter that should apply again is issued anew); a revoked letter
    // gets no correction; and a letter is revoked once, a pending revocation draft included (drafts are never deleted).
    public static void EnsureAllowed(CircularLetter original, LetterKind kind, IReadOnlyList<(LetterKind Kind, string? Number)> followUps)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(followUps);
        if (kind == LetterKind.Edaran)
        {
            throw new DomainException("Pilih ralat atau pencabutan.");
        }

        if (!original.IsSigned)
        {
            throw new DomainException("Ralat atau pencabutan hanya untuk surat yang sudah ditandatangani; draf cukup diubah.");
        }

        if (original.Kind == LetterKind.Pencabutan)
        {
            throw new DomainException("Surat pencabutan tidak dapat diralat atau dicabut. Bila surat yang dicabut perlu berlaku lagi, terbitkan surat edaran baru.");
        }

        var revocations = followUps.Where(f => f.Kind == LetterKind.Pencabutan).ToList();
        if (kind == LetterKind.Pencabutan && revocations.Count > 0)
        {
            var existing = revocations[0].Number is { } number ? "nomor " + number : "masih draf";
            throw new DomainException($"Untuk surat ini sudah ada pencabutan ({existing}); satu surat hanya dicabut satu kali.");
        }

        if (kind == LetterKind.Ralat && revocations.FirstOrDefault(r => r.Number is not null).Number is { } revokedBy)
        {
            throw new DomainException($"Surat ini sudah dicabut dengan surat nomor {revokedBy}; surat yang sudah dicabut tidak diralat.");
        }
    }

    public static bool Possible(CircularLetter letter, IReadOnlyList<(LetterKind Kind, string? Number)> followUps)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(followUps);
        return letter.IsSigned && letter.Kind != LetterKind.Pencabutan && !followUps.Any(f => f.Kind == LetterKind.Pencabutan && f.Number is not null);
    }
}
