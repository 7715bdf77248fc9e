using System.Text.RegularExpressions;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Data;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Domain.Workers;
using CsrSponsorship.Core.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Workers;

// The worker filters the registry list and the adoption list share, so both mean the same by "age 20–30".
internal static partial class WorkerFilters
{
    // Digits, or a masked NIK pasted from a list or an export (630102••••••0001).
    public static bool IsNikSearch(string term) => term.All(char.IsAsciiDigit) || MaskedNik().IsMatch(term);

    // UU 27/2022 (PDP): the full number is matched only where the caller sees the full number (PersonalDataPolicy.CanSeeFull:
    // Admin and Disnakerind everywhere, a desk officer for its own registrations). Elsewhere only the digits a masked
    // NIK shows count, the region code and the serial, so a typed birth date can neither be confirmed nor walked digit
    // by digit: a right and a wrong guess with the same visible digits find the same workers.
    public static IQueryable<Worker> NikMatches(this IQueryable<Worker> workers, string term, Caller caller)
    {
        var region = term[..Math.Min(6, term.Length)];
        var serial = term.Length == 16 ? term[12..] : null;
        if (!term.All(char.IsAsciiDigit))
        {
            return workers.NikStartsWith(region).Where(w => w.Nik.EndsWith(serial!));
        }

        var mine = caller.Role == Roles.Loket ? caller.UserId : null;
        return (PersonalDataPolicy.SeesEveryoneInFull(caller), serial) switch
        {
            (true, null) => workers.NikStartsWith(term),
            (true, _) => workers.Where(w => w.Nik == term),
            (false, null) => workers.NikStartsWith(region).Where(w => w.RegisteredByUserId != mine || w.Nik.StartsWith(term)),
            (false, _) => workers.NikStartsWith(region).Where(w => w.RegisteredByUserId == mine ? w.Nik == term : w.Nik.EndsWith(serial)),
        };
    }

    // [prefix, prefix with its last digit raised by one): a range of the unique Nik index on both engines. A LIKE 'prefix%'
    // is not one: SQLite's LIKE ignores case and so cannot use the BINARY index, PostgreSQL's b-tree serves LIKE only in
    // the C collation (decision 0203; the plans are checked by WorkerSearchAtScaleTests).
    private static IQueryable<Worker> NikStartsWith(this IQueryable<Worker> workers, string prefix)
    {
        var after = string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(prefix[^1] + 1)]);
#pragma warning disable CA1309 // Translated to SQL ">=" and "<" on digits, which every collation orders alike.
        return workers.Where(w => string.Compare(w.Nik, prefix) >= 0 && string.Compare(w.Nik, after) < 0);
#pragma warning restore CA1309
    }

    // Contains-match on the normalised name through the name index (WorkerNameIndex, decision 0211); a term shorter than
    // three letters matches names that start with it.
    public static IQueryable<Worker> NameContains(this IQueryable<Worker> workers, AppDbContext db, string? search) =>
        string.IsNullOrWhiteSpace(search) ? workers : workers.WhereNameMatches(db, NameKey.Normalize(search));

    // The same match as the name index's disjoint parts, for a list that takes its first rows in name order from each.
    public static IReadOnlyList<IQueryable<Worker>> NameParts(this IQueryable<Worker> workers, AppDbContext db, string search) =>
        workers.NameMatchParts(db, NameKey.Normalize(search));

    // byBirthYear: for callers who may get masked rows, "age a" means born in the year today.Year − a. An age bound on
    // exact dates would cut a birth year at today's date, and the rows on either side of the cut tell the birthday.
    public static IQueryable<Worker> Matching(
        this IQueryable<Worker> workers, string? desaCode, string? occupationCode, Sex? sex, int? minAge, int? maxAge, DateOnly today, bool byBirthYear)
    {
        if (!string.IsNullOrWhiteSpace(desaCode))
        {
            workers = workers.Where(w => w.DesaCode == desaCode);
        }

        if (!string.IsNullOrWhiteSpace(occupationCode))
        {
            workers = workers.Where(w => w.OccupationCode == occupationCode);
        }

        if (sex is { } s)
        {
            workers = workers.Where(w => w.Sex == s);
        }

        if (byBirthYear)
        {
            if (minAge is { } youngest)
            {
                var bornBefore = YearStart(today.Year - youngest + 1);
                workers = workers.Where(w => w.BirthDate < bornBefore);
            }

            if (maxAge is { } oldest)
            {
                var bornFrom = YearStart(today.Year - oldest);
                workers = workers.Where(w => w.BirthDate >= bornFrom);
            }

            return workers;
        }

        // Age a on today ⇔ born in (today − (a+1) years, today − a years].
        if (minAge is { } min)
        {
            var bornOnOrBefore = today.AddYears(-min);
            workers = workers.Where(w => w.BirthDate <= bornOnOrBefore);
        }

        if (maxAge is { } max)
        {
            var bornAfter = today.AddYears(-(max + 1));
            workers = workers.Where(w => w.BirthDate > bornAfter);
        }

        return workers;
    }

    private static DateOnly YearStart(int year) => new(Math.Clamp(year, 1, 9999), 1, 1);

    [GeneratedRegex("^[0-9]{6}•{6}[0-9]{4}$")]
    private static partial Regex MaskedNik();
}
