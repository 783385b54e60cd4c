using BatteryOs.Model.Chemistry;

namespace BatteryOs.Model.Physics.Calibration;

/// <summary>
/// A full calibration: fit on all chosen cells, score every cell against that fit, refit without each
/// cell in turn to score it out of sample (leave-one-cell-out), score the seed profile, and fit the
/// resistance growth.
/// </summary>
public static class CalibrationRun
{
    /// <summary>Calibrates <paramref name="start"/> on <paramref name="cells"/>.</summary>
    /// <param name="cells">The cells to fit, at least one.</param>
    /// <param name="start">The parameter set to calibrate; everything not fitted is kept.</param>
    /// <param name="source">Text for the fitted parameters' <c>source</c> field.</param>
    /// <param name="leaveOneOut">Whether to refit without each cell (needs at least two cells).</param>
    public static CalibrationReport Execute(IReadOnlyList<CellHistory> cells, ChemistryParameters start,
        string source, bool leaveOneOut = true)
    {
        var calibrator = new PhysicsCalibrator();
        var fit = calibrator.Fit(cells, CalibrationSpace.InitialGuess(CalibrationSpace.Default, start));
        var model = new CellAgingModel(fit.Parameters);
        var (growthOhmPerNm, resistanceCells) = ResistanceCalibrator.Fit(model, cells);
        var parameters = fit.Parameters with
        {
            Source = source,
            Resistance = fit.Parameters.Resistance with { GrowthOhmPerNm = growthOhmPerNm },
        };

        // Each leave-one-out fit starts from the full fit: it only has to move as far as one cell pulls.
        var outOfSample = new double[cells.Count];
        Array.Fill(outOfSample, double.NaN);
        if (leaveOneOut && cells.Count > 1)
        {
            Parallel.For(0, cells.Count, i =>
            {
                var others = cells.Where((_, j) => j != i).ToList();
                var refit = new CellAgingModel(calibrator.Fit(others, fit.Parameters).Parameters);
                outOfSample[i] = Rmse(cells[i], CapacityPredictor.Predict(refit, cells[i]), start);
            });
        }

        var scores = cells.Select((cell, i) => new CellScore(cell.Name, cell.MeanTemperatureC, cell.ScoredCount,
            Rmse(cell, CapacityPredictor.Predict(model, cell), start), outOfSample[i],
            Rmse(cell, SeedBaseline.Predict(cell, start.NominalCapacityAh), start))).ToList();
        return new CalibrationReport(parameters, scores, resistanceCells,
            TemperatureOrdering.Of(new CellAgingModel(parameters)));
    }

    private static double Rmse(CellHistory cell, double[] predicted, ChemistryParameters rated) =>
        CapacityPredictor.RmsePct(cell, predicted, rated.NominalCapacityAh);
}
