using System.Buffers;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Gating;

/// <summary>
/// Routes a batch by a gate under a policy: the gate's top k per frame, or, when experts have a capacity,
/// every expert ranked and then <see cref="CapacityLimiter"/>. The same object routes in the router grain
/// and in plain in-process loops.
/// </summary>
public sealed class MixtureRouter
{
    /// <summary>A router for a gate and a policy.</summary>
    /// <exception cref="ArgumentException">The policy does not fit the gate.</exception>
    public MixtureRouter(IRoutingGate gate, RoutingPolicy policy)
    {
        if (policy.Problem(gate.ExpertCount) is { } problem)
        {
            throw new ArgumentException(problem, nameof(policy));
        }

        Gate = gate;
        Policy = policy;
    }

    /// <summary>The gate.</summary>
    public IRoutingGate Gate { get; }

    /// <summary>The policy.</summary>
    public RoutingPolicy Policy { get; }

    /// <summary>
    /// Writes frames * k expert indices (<see cref="CapacityLimiter.Dropped"/> for a dropped selection) and
    /// weights, and adds what happened to <paramref name="tally"/>.
    /// </summary>
    public void Route(ReadOnlySpan<TelemetryFrame> frames, ReadOnlySpan<PackCondition> before, PackGeometry geometry,
        Span<byte> expertsOut, Span<double> weightsOut, RoutingTally tally)
    {
        var k = Policy.K;
        var n = frames.Length;
        if (Policy.CapacityFactor is not { } factor)
        {
            Gate.Rank(frames, before, geometry, k, expertsOut, weightsOut);
            foreach (var expert in expertsOut[..(n * k)])
            {
                tally.Selected[expert]++;
            }

            if (Gate.RenormalizesKept)
            {
                CapacityLimiter.Renormalize(n, k, weightsOut);
            }

            return;
        }

        var depth = Gate.ExpertCount;
        var ranked = ArrayPool<byte>.Shared.Rent(n * depth);
        var rankedWeights = ArrayPool<double>.Shared.Rent(n * depth);
        try
        {
            Gate.Rank(frames, before, geometry, depth, ranked, rankedWeights);
            CapacityLimiter.Apply(ranked, rankedWeights, n, depth, k, factor, Policy.Overflow, Gate.RenormalizesKept,
                expertsOut, weightsOut, tally);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(ranked);
            ArrayPool<double>.Shared.Return(rankedWeights);
        }
    }
}
