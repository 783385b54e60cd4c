using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Calibration;

/// <summary>Everything a calibration run found.</summary>
/// <param name="Parameters">The parameters fitted on all chosen cells.</param>
/// <param name="Scores">Per-cell errors, in the order the cells were given.</param>
/// <param name="ResistanceCells">Cells whose voltage drop fitted the resistance growth.</param>
/// <param name="Ordering">Irreversible loss of lab cycles at 4, 24 and 43 °C under the fitted parameters.</param>
public sealed record CalibrationReport(
    ChemistryParameters Parameters,
    IReadOnlyList<CellScore> Scores,
    int ResistanceCells,
    TemperatureOrdering Ordering);
