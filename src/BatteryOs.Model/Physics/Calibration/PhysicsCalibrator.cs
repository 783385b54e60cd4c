using BatteryOs.Model.Chemistry;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace BatteryOs.Model.Physics.Calibration;

/// <summary>
/// Fits the physics coefficients to measured capacity with MathNet's Nelder-Mead simplex. The
/// objective is the mean over cells of each cell's mean squared capacity error, so a 168-cycle cell
/// counts as much as a 28-cycle one. The simplex restarts from its best point until a restart no longer
/// improves the objective by 0.1 %, which shakes it out of the flat valleys a stiff model has.
/// </summary>
public sealed class PhysicsCalibrator
{
    private const int MaxRestarts = 8;
    private const int MaxIterations = 20_000;
    private const double Tolerance = 1e-9;

    private readonly IReadOnlyList<FittedCoefficient> _space;

    /// <summary>A calibrator over the given coefficients (by default <see cref="CalibrationSpace.Default"/>).</summary>
    public PhysicsCalibrator(IReadOnlyList<FittedCoefficient>? space = null)
    {
        _space = space ?? CalibrationSpace.Default;
    }

    /// <summary>Fits the coefficients to <paramref name="cells"/>, starting from <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentException">No cell is given.</exception>
    public CalibrationFit Fit(IReadOnlyList<CellHistory> cells, ChemistryParameters start)
    {
        if (cells.Count == 0)
        {
            throw new ArgumentException("Calibration needs at least one cell.", nameof(cells));
        }

        var evaluations = 0;
        var objective = ObjectiveFunction.Value(u =>
        {
            evaluations++;
            return Objective(cells, CalibrationSpace.Apply(_space, start, u.ToArray()));
        });

        // A start at a bound sits where the logistic is flat and the simplex cannot move it: start inside.
        var best = Vector<double>.Build.Dense([.. _space.Select(c => c.StartVariableOf(c.Read(start)))]);
        var bestValue = Evaluate(objective, best);
        var simplex = new NelderMeadSimplex(Tolerance, MaxIterations);
        for (var restart = 0; restart < MaxRestarts; restart++)
        {
            var step = Vector<double>.Build.Dense(_space.Count, restart == 0 ? 1.0 : 0.5);
            var result = simplex.FindMinimum(objective, best, step);
            var improved = result.FunctionInfoAtMinimum.Value < bestValue * (1.0 - 1e-3);
            if (result.FunctionInfoAtMinimum.Value < bestValue)
            {
                best = result.MinimizingPoint;
                bestValue = result.FunctionInfoAtMinimum.Value;
            }

            if (!improved && restart > 0)
            {
                break;
            }
        }

        return new CalibrationFit(CalibrationSpace.Apply(_space, start, best.ToArray()), bestValue, evaluations);
    }

    /// <summary>Mean over cells of the mean squared capacity error, Ah².</summary>
    public static double Objective(IReadOnlyList<CellHistory> cells, ChemistryParameters parameters)
    {
        var model = new CellAgingModel(parameters);
        var sum = 0.0;
        foreach (var cell in cells)
        {
            sum += CapacityPredictor.MeanSquaredErrorAh2(cell, CapacityPredictor.Predict(model, cell));
        }

        return sum / cells.Count;
    }

    private static double Evaluate(IObjectiveFunction objective, Vector<double> point)
    {
        var evaluation = objective.Fork();
        evaluation.EvaluateAt(point);
        return evaluation.Value;
    }
}
