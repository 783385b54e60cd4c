using System.Runtime.CompilerServices;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Experts;

/// <summary>
/// Ion flux. Gate: a constant 0.40. Risk: the product of normalised current and temperature, a
/// proxy for the lithium-ion flux through the SEI that drives its growth.
/// </summary>
public sealed class IonFluxExpert : IExpertModel
{
    /// <inheritdoc />
    public string Name => "Ion_Flux";

    /// <inheritdoc />
    public SeedGateRule SeedGateRule { get; } = SeedGateRule.Constant(0.40);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Assess(ReadOnlySpan<TelemetryFrame> frames, Span<double> riskOut)
    {
        for (var i = 0; i < frames.Length; i++)
        {
            riskOut[i] = RiskRamp.Of(frames[i].CurrentA, 0.0, 45.0) * RiskRamp.Of(frames[i].TemperatureC, 0.0, 60.0);
        }
    }
}
