using System.Runtime.CompilerServices;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Experts;

/// <summary>
/// Thermal regulation. Gate: 0.85 above 45 °C, else 0.15. Risk: ramps from 0 at 25 °C to 1 at
/// 60 °C, the range over which cell heating goes from nominal to abuse.
/// </summary>
public sealed class ThermalRegulatorExpert : IExpertModel
{
    /// <summary>Temperature above which the seed gate favours this expert, °C.</summary>
    public const double HotThresholdC = 45.0;

    /// <inheritdoc />
    public string Name => "Thermal_Regulator";

    /// <inheritdoc />
    public SeedGateRule SeedGateRule { get; } = new(TelemetryFeature.TemperatureC, HotThresholdC, 0.85, 0.15);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Assess(ReadOnlySpan<TelemetryFrame> frames, Span<double> riskOut)
    {
        for (var i = 0; i < frames.Length; i++)
        {
            riskOut[i] = RiskRamp.Of(frames[i].TemperatureC, 25.0, 60.0);
        }
    }
}
