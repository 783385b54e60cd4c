using System.Buffers;
using System.Runtime.CompilerServices;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Packs;

/// <summary>
/// Everything one pack carries between cycles, and the fold of routed chunks into it. Used by the
/// pack grain and by plain in-process loops alike, so both run exactly the same arithmetic.
/// </summary>
/// <remarks>
/// A chunk is applied in two steps: <see cref="Preview"/> runs the profile over its frames without changing
/// the pack (the experts assess each frame against the condition before it), then
/// <see cref="Commit"/> stores those conditions with the routing and the experts' answers.
/// <see cref="Apply"/> does both at once.
/// </remarks>
public sealed class PackLife
{
    /// <summary>The SoH below which a pack has reached its end of life, %.</summary>
    public const double EndOfLifeSohPct = 80.0;

    /// <summary>A pack's life under a profile, starting from a given condition.</summary>
    /// <param name="profile">The degradation profile.</param>
    /// <param name="condition">The condition after the latest cycle.</param>
    /// <param name="window">The recent frames and raw SoH.</param>
    /// <param name="routingCounts">Lifetime selections per expert.</param>
    /// <param name="mixtureRisk">The latest cycle's gate-weighted risk.</param>
    /// <param name="experts">Lifetime risk and degradation sums per expert (new sums when null).</param>
    /// <param name="endOfLifeCycle">The first cycle that ended below <see cref="EndOfLifeSohPct"/>, or 0.</param>
    public PackLife(IDegradationProfile profile, PackCondition condition, RecentWindow window, long[] routingCounts,
        double mixtureRisk, ExpertTotals? experts = null, long endOfLifeCycle = 0)
    {
        Profile = profile;
        Condition = condition;
        Window = window;
        RoutingCounts = routingCounts;
        MixtureRisk = mixtureRisk;
        Experts = experts ?? new ExpertTotals(routingCounts.Length);
        EndOfLifeCycle = endOfLifeCycle;
    }

    /// <summary>The degradation profile in force.</summary>
    public IDegradationProfile Profile { get; }

    /// <summary>The condition after the latest cycle.</summary>
    public PackCondition Condition { get; private set; }

    /// <summary>The recent frames and raw SoH used for smoothing.</summary>
    public RecentWindow Window { get; }

    /// <summary>Lifetime count of top-k selections per expert index.</summary>
    public long[] RoutingCounts { get; }

    /// <summary>Lifetime sums of each expert's answers over its selections.</summary>
    public ExpertTotals Experts { get; }

    /// <summary>Latest cycle's gate-weighted mean of the chosen experts' risks, in [0, 1].</summary>
    public double MixtureRisk { get; private set; }

    /// <summary>The first cycle whose raw SoH ended below <see cref="EndOfLifeSohPct"/>; 0 while above it.</summary>
    public long EndOfLifeCycle { get; private set; }

    /// <summary>SoH smoothed over the recent window, %.</summary>
    public double SmoothedSohPct => Window.SmoothedSohPct(Condition.SohPct);

    /// <summary>A new pack under <paramref name="profile"/>.</summary>
    public static PackLife New(IDegradationProfile profile, int windowCycles, int expertCount) =>
        new(profile, profile.Initial, new RecentWindow(windowCycles), new long[expertCount], 0.0);

    /// <summary>
    /// Runs the profile over <paramref name="frames"/> from the current condition, writing the condition
    /// after each frame to <paramref name="conditionsOut"/>, without changing the pack.
    /// </summary>
    public PackCondition Preview(ReadOnlySpan<TelemetryFrame> frames, Span<PackCondition> conditionsOut) =>
        Profile.Run(Condition, frames, conditionsOut);

    /// <summary>The condition a pack is in before frame <paramref name="index"/> of a previewed chunk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PackCondition Before(ReadOnlySpan<PackCondition> previewed, int index) =>
        index == 0 ? Condition : previewed[index - 1];

    /// <summary>
    /// Previews and applies a routed chunk in one go; when <paramref name="trace"/> is given, writes the
    /// condition after each cycle into it.
    /// </summary>
    public void Apply(in RoutedChunk chunk, Span<PackCondition> trace = default)
    {
        var n = chunk.Frames.Length;
        if (!trace.IsEmpty && trace.Length < n)
        {
            throw new ArgumentException("The trace span is shorter than the chunk.", nameof(trace));
        }

        var rented = trace.IsEmpty ? ArrayPool<PackCondition>.Shared.Rent(Math.Max(n, 1)) : null;
        var conditions = rented is null ? trace[..n] : rented.AsSpan(0, n);
        try
        {
            Preview(chunk.Frames, conditions);
            Commit(chunk, conditions);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<PackCondition>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Commits a routed chunk whose <see cref="Preview"/> gave <paramref name="conditions"/>: the conditions,
    /// the window, the routing counts, the experts' sums, the mixture risk and the end of life.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Commit(in RoutedChunk chunk, ReadOnlySpan<PackCondition> conditions)
    {
        // Check everything that could fail before the first change, so a bad chunk leaves no trace.
        var n = chunk.Frames.Length;
        var k = chunk.K;
        if (conditions.Length < n)
        {
            throw new ArgumentException("The conditions span is shorter than the chunk.", nameof(conditions));
        }

        // A dropped selection (capacity limits) reaches no expert and is not counted.
        var experts = chunk.Experts[..(n * k)];
        if (experts.IndexOfAnyInRange((byte)RoutingCounts.Length,
                (byte)(CapacityLimiter.Dropped - 1)) is var bad and >= 0)
        {
            throw new ArgumentException($"Expert index {experts[bad]} is not in the catalog.", nameof(chunk));
        }

        if (n == 0)
        {
            return;
        }

        // Only the newest cycles stay in the smoothing window.
        for (var f = Math.Max(0, n - Window.Capacity); f < n; f++)
        {
            Window.Push(chunk.Frames[f], conditions[f].SohPct);
        }

        // Counted per expert by a vectorised count: no chain of increments through one counter in memory.
        for (var e = 0; e < RoutingCounts.Length; e++)
        {
            RoutingCounts[e] += experts.Count((byte)e);
        }

        var degradation = chunk.DegradationPct.IsEmpty ? default : chunk.DegradationPct[..(n * k)];
        Experts.Add(experts, chunk.Risks[..(n * k)], degradation);
        if (EndOfLifeCycle == 0)
        {
            EndOfLifeCycle = FirstBelowEndOfLife(conditions[..n]);
        }

        Condition = conditions[n - 1];
        MixtureRisk = WeightedRisk(chunk, (n - 1) * k, k);
    }

    private static long FirstBelowEndOfLife(ReadOnlySpan<PackCondition> conditions)
    {
        foreach (var condition in conditions)
        {
            if (condition.SohPct < EndOfLifeSohPct)
            {
                return condition.Cycle;
            }
        }

        return 0;
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
