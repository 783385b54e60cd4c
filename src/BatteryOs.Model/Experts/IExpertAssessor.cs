using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Experts;

/// <summary>
/// How one expert assesses the frames routed to it under one model profile: a risk in [0, 1] and the
/// capacity the expert's mechanism costs in that cycle. Each profile supplies one assessor per catalogued
/// expert (see <see cref="Profiles.IDegradationProfile.Assessor"/>).
/// </summary>
public interface IExpertAssessor
{
    /// <summary>
    /// Assesses frame i, which a pack in condition <paramref name="before"/>[i] is about to run, writing its
    /// risk to <paramref name="riskOut"/>[i] and its mechanism's capacity cost (% of nominal capacity; negative
    /// when the mechanism saves capacity) to <paramref name="degradationPctOut"/>[i].
    /// </summary>
    void Assess(ReadOnlySpan<TelemetryFrame> frames, ReadOnlySpan<PackCondition> before, Span<double> riskOut,
        Span<double> degradationPctOut);
}
