namespace CsrSponsorship.Core.Domain.Outreach;

// The weekdays a desk is open, as flags so one column holds the week. Monday first, as an Indonesian week is written.
[Flags]
public enum DeskDays
{
    None = 0,
    Senin = 1,
    Selasa = 2,
    Rabu = 4,
    Kamis = 8,
    Jumat = 16,
    Sabtu = 32,
    Minggu = 64,
}

public static class DeskDaysText
{
    public static readonly IReadOnlyList<DeskDays> Week =
        [DeskDays.Senin, DeskDays.Selasa, DeskDays.Rabu, DeskDays.Kamis, DeskDays.Jumat, DeskDays.Sabtu, DeskDays.Minggu];

    public const DeskDays All = DeskDays.Senin | DeskDays.Selasa | DeskDays.Rabu | DeskDays.Kamis | DeskDays.Jumat | DeskDays.Sabtu | DeskDays.Minggu;

    public static string Label(DeskDays day) => day == DeskDays.Jumat ? "Jumat" : day.ToString();

    // "Senin–Jumat", "Senin, Rabu, Kamis", "Setiap hari": a run of three or more days is written as a range.
    public static string Describe(DeskDays days)
    {
        if ((days & All) == All)
        {
            return "Setiap hari";
        }

        var open = Week.Select(d => days.HasFlag(d)).ToArray();
        var parts = new List<string>();
        for (var i = 0; i < open.Length; i++)
        {
            if (!open[i])
            {
                continue;
            }

            var end = i;
            while (end + 1 < open.Length && open[end + 1])
            {
                end++;
            }

            if (end - i >= 2)
            {
                parts.Add($"{Label(Week[i])}–{Label(Week[end])}");
            }
            else
            {
                parts.AddRange(Enumerable.Range(i, end - i + 1).Select(k => Label(Week[k])));
            }

            i = end;
        }

        return parts.Count == 0 ? "Tutup" : string.Join(", ", parts);
    }

    // Whether a desk open on these days serves on this date (DayOfWeek is Sunday first).
    public static bool IsOpenOn(DeskDays days, DateOnly date) => days.HasFlag(Week[((int)date.DayOfWeek + 6) % 7]);
}
