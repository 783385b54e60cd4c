using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Calibration;

/// <summary>The outcome of one fit: the parameters and the objective they reached.</summary>
/// <param name="Parameters">The fitted parameter set.</param>
/// <param name="MeanSquaredErrorAh2">Mean over cells of each cell's mean squared error, Ah².</param>
/// <param name="Evaluations">Objective evaluations the optimiser used.</param>
public sealed record CalibrationFit(ChemistryParameters Parameters, double MeanSquaredErrorAh2, int Evaluations);
