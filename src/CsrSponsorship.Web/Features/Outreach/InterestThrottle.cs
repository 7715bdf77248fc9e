using System.Net;

namespace CsrSponsorship.Web.Features.Outreach;

// The public interest form is open to anyone: one address may send it PermitLimit times per window, counted before the
// form is checked, so a robot cannot fill the desks' lists or probe the per-phone answer. Per instance, in memory, as
// the sign-in throttle is; behind a sticky proxy a visitor stays on one instance.
internal sealed class InterestThrottle(TimeProvider clock)
{
    public const int PermitLimit = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public const string RefusedMessage =
        "Terlalu banyak pengiriman dari alamat internet ini. Tunggu 10 menit lalu coba lagi, atau datang langsung ke loket layanan terdekat.";

    private readonly Dictionary<string, (DateTimeOffset WindowStart, int Count)> sent = [];
    private readonly Lock gate = new();

    public bool TryTake(IPAddress? client)
    {
        var now = clock.GetUtcNow();
        var key = client?.ToString() ?? "";
        lock (gate)
        {
            foreach (var expired in sent.Where(s => now - s.Value.WindowStart >= Window).Select(s => s.Key).ToList())
            {
                sent.Remove(expired);
            }

            (DateTimeOffset WindowStart, int Count) current = sent.TryGetValue(key, out var found) ? found : (now, 0);
            if (current.Count >= PermitLimit)
            {
                return false;
            }

            sent[key] = (current.WindowStart, current.Count + 1);
            return true;
        }
    }
}
