namespace BatteryOs.Model.Physics.Calibration;

/// <summary>How well the models follow one cell, RMSE in % of rated capacity.</summary>
/// <param name="Cell">The cell's name.</param>
/// <param name="TemperatureC">Mean ambient temperature of its test, °C.</param>
/// <param name="Cycles">Clean cycles scored (after the starting point).</param>
/// <param name="FittedRmsePct">Physics model fitted on all chosen cells.</param>
/// <param name="LeaveOneOutRmsePct">Physics model fitted without this cell (NaN when not computed).</param>
/// <param name="SeedRmsePct">Seed profile, started at the same capacity.</param>
public sealed record CellScore(
    string Cell, double TemperatureC, int Cycles, double FittedRmsePct, double LeaveOneOutRmsePct,
    double SeedRmsePct);
