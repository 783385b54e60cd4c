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
    public void Apply(in RoutedChunk chunk, Span<PackCondition> trace = default)
    {
        // Check everything that could fail before the first change, so a bad chunk leaves no trace.
        if (!trace.IsEmpty && trace.Length < chunk.Frames.Length)
        {
            throw new ArgumentException("The trace span is shorter than the chunk.", nameof(trace));
        }

        foreach (var expert in chunk.Experts[..(chunk.Frames.Length * chunk.K)])
        {
            if (expert >= RoutingCounts.Length)
            {
                throw new ArgumentException($"Expert index {expert} is not in the catalog.", nameof(chunk));
            }
        }

        var condition = Condition;
        var k = chunk.K;
        var risk = MixtureRisk;
        for (var f = 0; f < chunk.Frames.Length; f++)
        {
            condition = Profile.Step(condition, chunk.Frames[f]);
            risk = WeightedRisk(chunk, f * k, k);
            Window.Push(chunk.Frames[f], condition.SohPct);
            for (var j = 0; j < k; j++)
            {
                RoutingCounts[chunk.Experts[f * k + j]]++;
            }

            if (!trace.IsEmpty)
            {
                trace[f] = condition;
            }
        }

        Condition = condition;
        MixtureRisk = risk;
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
