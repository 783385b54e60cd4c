using System.Runtime.CompilerServices;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Experts;

/// <summary>
/// Atomic-layer-deposition coating. Gate: a constant 0.30. Risk: an uncoated electrode's exposure,
/// highest when hot and loaded; a coating halves it, so the figure is half the thermal-current
/// exposure.
/// </summary>
public sealed class AldCoatExpert : IExpertModel
{
    /// <inheritdoc />
    public string Name => "ALD_Coat";

    /// <inheritdoc />
    public SeedGateRule SeedGateRule { get; } = SeedGateRule.Constant(0.30);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Assess(ReadOnlySpan<TelemetryFrame> frames, Span<double> riskOut)
    {
        for (var i = 0; i < frames.Length; i++)
        {
            var exposure = RiskRamp.Of(frames[i].TemperatureC, 20.0, 60.0) + RiskRamp.Of(frames[i].CurrentA, 0.0, 45.0);
            riskOut[i] = 0.25 * exposure;
        }
    }
}
