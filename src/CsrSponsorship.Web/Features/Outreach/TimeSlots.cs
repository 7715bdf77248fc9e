using CsrSponsorship.Core.Common;

namespace CsrSponsorship.Web.Features.Outreach;

// The times the desk and sosialisasi forms offer: half-hour steps from 06.00 to 21.00 WITA, as hours are written on a
// desk's notice board or an invitation.
internal static class TimeSlots
{
    public static string Text(TimeOnly? time) => time is { } t ? IndonesianFormat.Time(t) : "";

    public static readonly IReadOnlyList<TimeOnly?> HalfHours = [.. Enumerable.Range(12, 31).Select(h => (TimeOnly?)new TimeOnly(h / 2, h % 2 * 30))];
}
