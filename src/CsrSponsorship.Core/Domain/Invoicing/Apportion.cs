namespace CsrSponsorship.Core.Domain.Invoicing;

// Splits a whole-rupiah amount over parts in proportion to their weights, so that the parts add up to the
// amount exactly: each part gets its rounded-down share, and the rupiah left over go to the largest
// remainders (ties to the earlier part). Puts a frozen invoice amount on its months and a payment on
// what it paid for (decision 0131).
public static class Apportion
{
    public static long[] Split(long amount, IReadOnlyList<long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (weights.Count == 0)
        {
            return amount == 0 ? [] : throw new ArgumentException("An amount needs at least one part to go to.", nameof(weights));
        }

        // Nothing to weigh by (all zero): equal parts.
        var usable = weights.Select(w => Math.Max(0, w)).ToArray();
        if (usable.All(w => w == 0))
        {
            Array.Fill(usable, 1);
        }

        Int128 total = 0;
        foreach (var w in usable)
        {
            total += w;
        }

        var parts = new long[usable.Length];
        var remainders = new Int128[usable.Length];
        long given = 0;
        for (var i = 0; i < usable.Length; i++)
        {
            var product = (Int128)amount * usable[i];
            parts[i] = (long)(product / total);
            remainders[i] = product % total;
            given += parts[i];
        }

        var order = Enumerable.Range(0, usable.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i);
        foreach (var i in order.Take((int)(amount - given)))
        {
            parts[i]++;
        }

        return parts;
    }
}
