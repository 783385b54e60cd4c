namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// One cell's or pack's consecutive cycles: a mixture's predicted losses, summed from the starting SoH,
/// give a SoH curve to compare with the measured one.
/// </summary>
/// <param name="Name">The cell or pack.</param>
/// <param name="IsLab">True for a lab cell, false for a simulated pack.</param>
/// <param name="StartSohPct">SoH before the first sample, %.</param>
/// <param name="Samples">The cycles in order.</param>
/// <param name="MeasuredSohPct">SoH measured after each cycle, % (NaN where not measured).</param>
public sealed record RoutingTrajectory(string Name, bool IsLab, double StartSohPct,
    IReadOnlyList<RoutingSample> Samples, IReadOnlyList<double> MeasuredSohPct);
