using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Gating;

/// <summary>
/// A gate: ranks the experts for each frame. <see cref="Rank"/> writes the best <c>depth</c> experts per
/// frame, best first, with their gate weights; the router keeps the first k, or passes them through
/// <see cref="CapacityLimiter"/> when experts have a capacity.
/// </summary>
public interface IRoutingGate
{
    /// <summary>Number of experts the gate ranks.</summary>
    int ExpertCount { get; }

    /// <summary>
    /// True when the weights of the experts finally kept for a frame are renormalised to sum to 1 (a softmax
    /// over the kept experts); false when they stay as ranked (the seed gate's share of all raw weights).
    /// </summary>
    bool RenormalizesKept { get; }

    /// <summary>
    /// Ranks the experts for every frame: <paramref name="depth"/> indices and weights per frame, frame-major.
    /// </summary>
    /// <param name="frames">The frames.</param>
    /// <param name="before">The pack's condition before each frame.</param>
    /// <param name="geometry">The pack, for the features.</param>
    /// <param name="depth">Ranked experts per frame, 1 to <see cref="ExpertCount"/>.</param>
    /// <param name="expertsOut">Frames * depth expert indices.</param>
    /// <param name="weightsOut">Frames * depth weights.</param>
    void Rank(ReadOnlySpan<TelemetryFrame> frames, ReadOnlySpan<PackCondition> before, PackGeometry geometry,
        int depth, Span<byte> expertsOut, Span<double> weightsOut);
}
