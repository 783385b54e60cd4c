using System.Runtime.CompilerServices;

namespace BatteryOs.Model.Packs;

/// <summary>
/// Lifetime sums of one pack's expert answers, per expert index: the risks and the mechanism costs of every
/// selection. Divided by the routing counts they give each expert's mean risk and mean cost per selection.
/// </summary>
public sealed class ExpertTotals
{
    /// <summary>Empty sums for <paramref name="expertCount"/> experts.</summary>
    public ExpertTotals(int expertCount)
        : this(new double[expertCount], new double[expertCount])
    {
    }

    /// <summary>Sums over the given arrays, which the instance keeps and adds to (lengths must match).</summary>
    /// <exception cref="ArgumentException">The two arrays differ in length.</exception>
    public ExpertTotals(double[] riskSums, double[] degradationPctSums)
    {
        if (riskSums.Length != degradationPctSums.Length)
        {
            throw new ArgumentException("Risk and degradation sums must cover the same experts.");
        }

        RiskSums = riskSums;
        DegradationPctSums = degradationPctSums;
    }

    /// <summary>Sum of the risks each expert returned, per expert index.</summary>
    public double[] RiskSums { get; }

    /// <summary>Sum of the capacity costs each expert attributed to its mechanism, % of nominal, per expert.</summary>
    public double[] DegradationPctSums { get; }

    /// <summary>
    /// Adds the answers of one chunk's selections (degradation empty: none attributed; dropped selections
    /// are skipped).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> experts, ReadOnlySpan<double> risks, ReadOnlySpan<double> degradationPct)
    {
        if (degradationPct.Length == experts.Length)
        {
            // One pass: the risk sums' chain of additions and the degradation sums' overlap (same order per expert).
            for (var i = 0; i < experts.Length; i++)
            {
                if (experts[i] is var e && e != Gating.CapacityLimiter.Dropped)
                {
                    RiskSums[e] += risks[i];
                    DegradationPctSums[e] += degradationPct[i];
                }
            }

            return;
        }

        for (var i = 0; i < experts.Length; i++)
        {
            if (experts[i] != Gating.CapacityLimiter.Dropped)
            {
                RiskSums[experts[i]] += risks[i];
            }
        }

        for (var i = 0; i < degradationPct.Length; i++)
        {
            if (experts[i] != Gating.CapacityLimiter.Dropped)
            {
                DegradationPctSums[experts[i]] += degradationPct[i];
            }
        }
    }

    /// <summary>Sums restored to <paramref name="expertCount"/> experts: stored entries kept, missing ones 0.</summary>
    public static ExpertTotals Restore(int expertCount, double[] riskSums, double[] degradationPctSums)
    {
        var totals = new ExpertTotals(expertCount);
        riskSums.AsSpan(0, Math.Min(expertCount, riskSums.Length)).CopyTo(totals.RiskSums);
        degradationPctSums.AsSpan(0, Math.Min(expertCount, degradationPctSums.Length))
            .CopyTo(totals.DegradationPctSums);
        return totals;
    }
}
