using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Profiles;

/// <summary>A model profile: how a pack starts, how synthetic telemetry is drawn, how a cycle degrades it.</summary>
public interface IDegradationProfile
{
    /// <summary>The profile's name on the command line and in stored state.</summary>
    string Name { get; }

    /// <summary>Cycles a pack runs per day of its life, when the profile knows it (for years to end of life).</summary>
    double? CyclesPerDay { get; }

    /// <summary>A new pack's condition, before its first cycle.</summary>
    PackCondition Initial { get; }

    /// <summary>The synthetic telemetry of one cycle of one pack (a pure function of its arguments).</summary>
    /// <param name="streamKey">
    /// The pack's stream under the run seed, from <see cref="CounterRandom.StreamKey"/>.
    /// </param>
    /// <param name="cycle">The 1-based cycle the frame belongs to.</param>
    TelemetryFrame SyntheticFrame(ulong streamKey, long cycle);

    /// <summary>Fills <paramref name="framesOut"/> with the synthetic frames of consecutive cycles.</summary>
    void SyntheticFrames(ulong streamKey, long firstCycle, Span<TelemetryFrame> framesOut);

    /// <summary>Applies one cycle of telemetry to a pack's condition.</summary>
    PackCondition Step(in PackCondition condition, in TelemetryFrame frame);

    /// <summary>
    /// Applies consecutive cycles, writing the condition after each into <paramref name="conditionsOut"/>
    /// (at least frames.Length long); returns the last. Equal to calling <see cref="Step"/> per frame.
    /// </summary>
    PackCondition Run(in PackCondition start, ReadOnlySpan<TelemetryFrame> frames, Span<PackCondition> conditionsOut);

    /// <summary>
    /// How the expert at <paramref name="expertIndex"/> of the catalog assesses frames under this profile.
    /// </summary>
    IExpertAssessor Assessor(int expertIndex);
}
