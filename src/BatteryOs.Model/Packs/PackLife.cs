using System.Buffers;
using System.Runtime.CompilerServices;
using BatteryOs.Model.Profiles;

namespace BatteryOs.Model.Packs;

/// <summary>
/// Everything one pack carries between cycles, and the fold of routed chunks into it. Used by the
/// pack grain and by plain in-process loops alike, so both run exactly the same arithmetic.
/// </summary>
public sealed class PackLife
{
    /// <summary>A pack's life under a profile, starting from a given condition.</summary>
    public PackLife(IDegradationProfile profile, PackCondition condition, RecentWindow window, long[] routingCounts,
        double mixtureRisk)
    {
        Profile = profile;
        Condition = condition;
        Window = window;
        RoutingCounts = routingCounts;
        MixtureRisk = mixtureRisk;
    }

    /// <summary>The degradation profile in force.</summary>
    public IDegradationProfile Profile { get; }

    /// <summary>The condition after the latest cycle.</summary>
    public PackCondition Condition { get; private set; }

    /// <summary>The recent frames and raw SoH used for smoothing.</summary>
    public RecentWindow Window { get; }

    /// <summary>Lifetime count of top-k selections per expert index.</summary>
    public long[] RoutingCounts { get; }

    /// <summary>Latest cycle's gate-weighted mean of the chosen experts' risks, in [0, 1].</summary>
    public double MixtureRisk { get; private set; }

    /// <summary>SoH smoothed over the recent window, %.</summary>
    public double SmoothedSohPct => Window.SmoothedSohPct(Condition.SohPct);

    /// <summary>A new pack under <paramref name="profile"/>.</summary>
    public static PackLife New(IDegradationProfile profile, int windowCycles, int expertCount) =>
        new(profile, profile.Initial, new RecentWindow(windowCycles), new long[expertCount], 0.0);

    /// <summary>
    /// Applies every cycle of a routed chunk in order; when <paramref name="trace"/> is given, writes
    /// the condition after each cycle into it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(in RoutedChunk chunk, Span<PackCondition> trace = default)
    {
        // Check everything that could fail before the first change, so a bad chunk leaves no trace.
        var n = chunk.Frames.Length;
        var k = chunk.K;
        if (!trace.IsEmpty && trace.Length < n)
        {
            throw new ArgumentException("The trace span is shorter than the chunk.", nameof(trace));
        }

        var experts = chunk.Experts[..(n * k)];
        if (experts.IndexOfAnyInRange((byte)RoutingCounts.Length, byte.MaxValue) is var bad and >= 0)
        {
            throw new ArgumentException($"Expert index {experts[bad]} is not in the catalog.", nameof(chunk));
        }

        if (n == 0)
        {
            return;
        }

        var rented = trace.IsEmpty ? ArrayPool<PackCondition>.Shared.Rent(n) : null;
        var conditions = rented is null ? trace[..n] : rented.AsSpan(0, n);
        try
        {
            var last = Profile.Run(Condition, chunk.Frames, conditions);

            // Only the newest cycles stay in the smoothing window.
            for (var f = Math.Max(0, n - Window.Capacity); f < n; f++)
            {
                Window.Push(chunk.Frames[f], conditions[f].SohPct);
            }

            foreach (var expert in experts)
            {
                RoutingCounts[expert]++;
            }

            Condition = last;
            MixtureRisk = WeightedRisk(chunk, (n - 1) * k, k);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<PackCondition>.Shared.Return(rented);
            }
        }
    }

    private static double WeightedRisk(in RoutedChunk chunk, int offset, int k)
    {
        var weighted = 0.0;
        var total = 0.0;
        for (var j = 0; j < k; j++)
        {
            weighted += chunk.Weights[offset + j] * chunk.Risks[offset + j];
            total += chunk.Weights[offset + j];
        }

        return total > 0 ? weighted / total : 0.0;
    }
}
