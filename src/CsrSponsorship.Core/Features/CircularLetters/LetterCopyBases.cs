using CsrSponsorship.Core.Documents.Pdf.Layout;
using Microsoft.Extensions.Caching.Memory;

namespace CsrSponsorship.Core.Features.CircularLetters;

// The laid-out letters that single copies are stamped into (decision 0184), one per signed letter and copy shape, kept
// in this process for 30 minutes after last use and at most 64 at once (about 85 KB each). A signed letter's content,
// number and verification code no longer change, and all of them are part of the key, so a kept base is never stale.
public sealed class LetterCopyBases : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 64 });

    internal CopyBase Get(LetterPrint letter, string shape, Func<CopyBase> prepare) =>
        cache.GetOrCreate((letter.Id, letter.Number, letter.VerificationToken, letter.ContentJson, shape), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return prepare();
        })!;

    public void Dispose() => cache.Dispose();
}
