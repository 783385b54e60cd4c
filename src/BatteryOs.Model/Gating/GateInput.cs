using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Gating;

/// <summary>
/// The raw gate features of one frame: what a gate may look at besides the frame itself. Telemetry comes
/// as a C-rate and a per-cell sag so that lab cells and packs of any size read alike.
/// </summary>
/// <param name="TemperatureC">Cell temperature, °C.</param>
/// <param name="DischargeCRate">Current over the pack's nominal capacity, 1/h.</param>
/// <param name="SagVPerCell">Voltage sag per cell in series, V.</param>
/// <param name="SocPct">State of charge at the end of charge, %.</param>
/// <param name="SeiNm">SEI thickness before the cycle, nm.</param>
/// <param name="EquivalentFullCycles">Charge throughput before the cycle over nominal capacity.</param>
public readonly record struct GateInput(
    double TemperatureC,
    double DischargeCRate,
    double SagVPerCell,
    double SocPct,
    double SeiNm,
    double EquivalentFullCycles)
{
    /// <summary>Number of features.</summary>
    public const int Count = 6;

    /// <summary>The feature names, in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["temperatureC", "dischargeCRate", "sagVPerCell", "socPct", "seiNm", "equivalentFullCycles"];

    /// <summary>Writes the features, in <see cref="Names"/> order.</summary>
    public void CopyTo(Span<double> features)
    {
        features[0] = TemperatureC;
        features[1] = DischargeCRate;
        features[2] = SagVPerCell;
        features[3] = SocPct;
        features[4] = SeiNm;
        features[5] = EquivalentFullCycles;
    }
}
