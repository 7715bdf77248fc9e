using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsrSponsorship.Core.Features.Workers;

// The worker filters the registry list and the adoption list share, so both mean the same by "age 20–30".
internal static class WorkerFilters
{
    public static IQueryable<Worker> NameContains(this IQueryable<Worker> workers, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return workers;
        }

        var pattern = LikePattern.Contains(NameKey.Normalize(search));
        return workers.Where(w => EF.Functions.Like(w.NormalizedName, pattern, LikePattern.Escape));
    }

    public static IQueryable<Worker> Matching(
        this IQueryable<Worker> workers, string? desaCode, string? occupationCode, Sex? sex, int? minAge, int? maxAge, DateOnly today)
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
}
