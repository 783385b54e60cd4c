using System.Runtime.CompilerServices;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Experts;

/// <summary>
/// An expert's raw weight in the seed profile's gate: <see cref="WeightAbove"/> when the chosen
/// telemetry value exceeds <see cref="Threshold"/>, else <see cref="WeightOtherwise"/>. Rules are data,
/// so the gate evaluates every expert in one tight loop instead of a virtual call per frame.
/// </summary>
/// <param name="Feature">The telemetry value the rule looks at.</param>
/// <param name="Threshold">Values strictly above it get <paramref name="WeightAbove"/>.</param>
/// <param name="WeightAbove">Raw weight above the threshold.</param>
/// <param name="WeightOtherwise">Raw weight at or below the threshold.</param>
public readonly record struct SeedGateRule(
    TelemetryFeature Feature, double Threshold, double WeightAbove, double WeightOtherwise)
{
    /// <summary>A rule that always gives <paramref name="weight"/>.</summary>
    public static SeedGateRule Constant(double weight) => new(TelemetryFeature.None, 0.0, weight, weight);

    /// <summary>The raw weight of a frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double WeightOf(in TelemetryFrame frame)
    {
        var value = Feature switch
        {
            TelemetryFeature.TemperatureC => frame.TemperatureC,
            TelemetryFeature.CurrentA => frame.CurrentA,
            TelemetryFeature.VoltageSagV => frame.VoltageSagV,
            _ => double.NegativeInfinity,
        };
        return value > Threshold ? WeightAbove : WeightOtherwise;
    }
}
