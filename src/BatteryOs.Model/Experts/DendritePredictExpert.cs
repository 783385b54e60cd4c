using System.Runtime.CompilerServices;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Experts;

/// <summary>
/// Dendrite / lithium-plating risk. Gate: 0.75 above 32 A, else 0.10. Risk: high current at low
/// temperature plates lithium, so the current ramp (10 A to 45 A) is scaled up as the cell cools
/// below 25 °C.
/// </summary>
public sealed class DendritePredictExpert : IExpertModel
{
    /// <summary>Current above which the seed gate favours this expert, A.</summary>
    public const double HighCurrentThresholdA = 32.0;

    /// <inheritdoc />
    public string Name => "Dendrite_Predict";

    /// <inheritdoc />
    public SeedGateRule SeedGateRule { get; } = new(TelemetryFeature.CurrentA, HighCurrentThresholdA, 0.75, 0.10);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Assess(ReadOnlySpan<TelemetryFrame> frames, Span<double> riskOut)
    {
        for (var i = 0; i < frames.Length; i++)
        {
            var currentRisk = RiskRamp.Of(frames[i].CurrentA, 10.0, 45.0);
            var coldFactor = 1.0 + RiskRamp.Of(25.0 - frames[i].TemperatureC, 0.0, 25.0);
            riskOut[i] = Math.Min(1.0, currentRisk * coldFactor);
        }
    }
}
