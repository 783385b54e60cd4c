namespace BatteryOs.Cli.Simulate;

/// <summary>The 5th, 50th and 95th percentiles of a quantity some packs have not reached yet (null: not yet).</summary>
internal sealed record Percentiles(double? P5, double? P50, double? P95)
{
    /// <summary>
    /// Nearest-rank percentiles of <paramref name="population"/> packs of which only the sorted
    /// <paramref name="reached"/> have a value; the others rank after all of them.
    /// </summary>
    public static Percentiles NearestRank(double[] reached, int population)
    {
        double? At(double fraction)
        {
            var rank = (int)Math.Ceiling(fraction * population);
            return population == 0 || rank > reached.Length ? null : reached[Math.Max(rank, 1) - 1];
        }

        return new Percentiles(At(0.05), At(0.50), At(0.95));
    }

    /// <summary>Every percentile times <paramref name="factor"/>.</summary>
    public Percentiles Scaled(double factor) => new(P5 * factor, P50 * factor, P95 * factor);
}
