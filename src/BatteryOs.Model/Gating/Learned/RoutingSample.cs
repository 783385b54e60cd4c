using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Gating.Learned;

/// <summary>One cycle of training data for a gate.</summary>
/// <param name="Input">What the learned gate sees.</param>
/// <param name="Frame">The cycle as a pack frame, for the heuristic gate.</param>
/// <param name="CostsPct">Each expert's mechanism cost φ_e for the cycle, % of nominal, in catalog order.</param>
/// <param name="ObservedLossPct">The capacity the cycle cost, % of nominal (NaN when not observed).</param>
public sealed record RoutingSample(GateInput Input, TelemetryFrame Frame, double[] CostsPct, double ObservedLossPct)
{
    /// <summary>True when the cycle's loss is observed and the sample can be fitted.</summary>
    public bool IsObserved => double.IsFinite(ObservedLossPct);
}
