using System.Runtime.CompilerServices;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Experts;

/// <summary>
/// Power shaping. Gate: a constant 0.50. Risk: the voltage sag under load, ramping from 0 at 0.05 V
/// to 1 at 0.65 V, a direct sign of internal resistance limiting deliverable power.
/// </summary>
public sealed class PowerShaperExpert : IExpertModel
{
    /// <inheritdoc />
    public string Name => "Power_Shaper";

    /// <inheritdoc />
    public SeedGateRule SeedGateRule { get; } = SeedGateRule.Constant(0.50);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Assess(ReadOnlySpan<TelemetryFrame> frames, Span<double> riskOut)
    {
        for (var i = 0; i < frames.Length; i++)
        {
            riskOut[i] = RiskRamp.Of(frames[i].VoltageSagV, 0.05, 0.65);
        }
    }
}
