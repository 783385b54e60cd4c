using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Experts;

/// <summary>
/// An expert's own frame-based risk (<see cref="IExpertModel.Assess"/>), with no degradation attributed to
/// it: the seed profile's arithmetic does not depend on its experts, so none of the loss is theirs.
/// </summary>
public sealed class FrameRiskAssessor(IExpertModel expert) : IExpertAssessor
{
    /// <inheritdoc />
    public void Assess(ReadOnlySpan<TelemetryFrame> frames, ReadOnlySpan<PackCondition> before, Span<double> riskOut,
        Span<double> degradationPctOut)
    {
        expert.Assess(frames, riskOut);
        degradationPctOut[..frames.Length].Clear();
    }
}
