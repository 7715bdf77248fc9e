namespace CsrSponsorship.Tests.Infrastructure;

// Lets a test stand on a chosen day (month ends, due dates, discount windows) without waiting for it.
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset now;

    public TestClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public TestClock(DateTimeOffset start) => now = start;

    public override DateTimeOffset GetUtcNow() => now;

    // Noon WITA on the given day, well away from midnight in either time zone.
    public void SetWitaDate(DateOnly date) => now = new DateTimeOffset(date.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);

    public void Advance(TimeSpan by) => now = now.Add(by);
}
