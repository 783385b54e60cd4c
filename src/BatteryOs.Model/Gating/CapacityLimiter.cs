using System.Runtime.CompilerServices;

namespace BatteryOs.Model.Gating;

/// <summary>
/// Expert capacity: in one batch of n frames with k selections each, an expert accepts at most
/// ceil(k * n / E * factor) selections, the mean load of E experts times the capacity factor (for k = 1 this is
/// the Switch Transformer's n / E * factor). Selections are served by rank: every frame's first choice
/// before any frame's second, frames in cycle order within a rank. A selection that finds its expert full
/// goes, by <see cref="OverflowPolicy"/>, to the frame's best-ranked expert outside its top k that still has
/// room, or is dropped (<see cref="Dropped"/>, weight 0).
/// </summary>
public static class CapacityLimiter
{
    /// <summary>The expert index written for a dropped selection.</summary>
    public const byte Dropped = byte.MaxValue;

    /// <summary>The capacity of each expert for a batch.</summary>
    public static int Capacity(int frames, int k, int expertCount, double capacityFactor) =>
        (int)Math.Ceiling(k * (double)frames / expertCount * capacityFactor);

    /// <summary>
    /// Chooses k experts per frame from <paramref name="depth"/> ranked ones under the capacity, writing
    /// frames * k indices and weights, and counting what happened in <paramref name="tally"/>. When
    /// <paramref name="renormalize"/> is set each frame's kept weights are scaled to sum to 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply(ReadOnlySpan<byte> ranked, ReadOnlySpan<double> rankedWeights, int frames, int depth,
        int k, double capacityFactor, OverflowPolicy policy, bool renormalize, Span<byte> expertsOut,
        Span<double> weightsOut, RoutingTally tally)
    {
        var expertCount = tally.Selected.Length;
        if (k < 1 || k > depth || depth > expertCount)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"Need 1 <= k <= depth ({depth}) <= {expertCount}.");
        }

        if (!(capacityFactor > 0) || !double.IsFinite(capacityFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(capacityFactor), capacityFactor, "Must be a positive number.");
        }

        var capacity = Capacity(frames, k, expertCount, capacityFactor);
        Span<int> load = stackalloc int[expertCount];
        expertsOut[..(frames * k)].Fill(Dropped);
        weightsOut[..(frames * k)].Clear();
        for (var j = 0; j < k; j++)
        {
            for (var f = 0; f < frames; f++)
            {
                var expert = ranked[f * depth + j];
                var slot = f * k + j;
                if (load[expert] < capacity)
                {
                    Assign(expert, rankedWeights[f * depth + j], slot, load, expertsOut, weightsOut, tally);
                    continue;
                }

                var spare = policy == OverflowPolicy.NextExpert
                    ? SpareRank(ranked.Slice(f * depth, depth), k, load, capacity, expertsOut.Slice(f * k, k))
                    : -1;
                if (spare < 0)
                {
                    tally.Dropped[expert]++;
                    continue;
                }

                tally.Overflowed[expert]++;
                Assign(ranked[f * depth + spare], rankedWeights[f * depth + spare], slot, load, expertsOut, weightsOut,
                    tally);
            }
        }

        if (renormalize)
        {
            Renormalize(frames, k, weightsOut);
        }
    }

    private static void Assign(byte expert, double weight, int slot, Span<int> load, Span<byte> expertsOut,
        Span<double> weightsOut, RoutingTally tally)
    {
        expertsOut[slot] = expert;
        weightsOut[slot] = weight;
        load[expert]++;
        tally.Selected[expert]++;
    }

    /// <summary>The best rank outside the top k whose expert has room and is not yet the frame's.</summary>
    private static int SpareRank(ReadOnlySpan<byte> ranked, int k, ReadOnlySpan<int> load, int capacity,
        ReadOnlySpan<byte> frameSlots)
    {
        for (var r = k; r < ranked.Length; r++)
        {
            if (load[ranked[r]] < capacity && !frameSlots.Contains(ranked[r]))
            {
                return r;
            }
        }

        return -1;
    }

    /// <summary>Scales each frame's k weights to sum to 1 (a frame whose weights are all 0 stays so).</summary>
    public static void Renormalize(int frames, int k, Span<double> weights)
    {
        for (var f = 0; f < frames; f++)
        {
            var kept = weights.Slice(f * k, k);
            var sum = 0.0;
            foreach (var w in kept)
            {
                sum += w;
            }

            if (sum > 0)
            {
                for (var j = 0; j < k; j++)
                {
                    kept[j] /= sum;
                }
            }
        }
    }
}
