namespace CsrSponsorship.Core.Common;

// Tanah Laut is on WITA (UTC+8, no daylight saving). Stored times are UTC; only display converts.
public static class Wita
{
    public static readonly TimeZoneInfo Zone = Resolve();

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(FromUtc(clock.GetUtcNow().UtcDateTime));

    // A WITA wall-clock time (the start of the day by default) as the UTC instant that is stored.
    public static DateTime ToUtc(DateOnly day, TimeOnly time = default) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    private static TimeZoneInfo Resolve()
    {
        // Minimal containers can lack tzdata; WITA has had no DST since 1988, so a fixed offset is exact.
        return TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Makassar", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("WITA", TimeSpan.FromHours(8), "WITA", "WITA");
    }
}
