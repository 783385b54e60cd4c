namespace BatteryOs.Model.Physics.Calibration;

/// <summary>One recorded cycle of a lab cell: the conditions it ran under and what was measured.</summary>
/// <param name="Cycle">1-based discharge count.</param>
/// <param name="Conditions">The conditions the aging model is driven with.</param>
/// <param name="MeasuredCapacityAh">Discharged capacity to the cut-off voltage, Ah.</param>
/// <param name="MeanCurrentA">Time-weighted mean discharge current, A.</param>
/// <param name="LoadStepDropV">Rest voltage minus the first loaded sample, V; NaN when not recorded.</param>
/// <param name="IsAnomalous">
/// True when the capacity is a faulty run, not an aging point (see <see cref="AnomalyFilter"/>).
/// </param>
public readonly record struct CycleObservation(
    int Cycle,
    CycleConditions Conditions,
    double MeasuredCapacityAh,
    double MeanCurrentA,
    double LoadStepDropV,
    bool IsAnomalous);
