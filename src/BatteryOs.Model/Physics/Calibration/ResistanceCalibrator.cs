namespace BatteryOs.Model.Physics.Calibration;

/// <summary>
/// Fits the resistance added per nm of SEI, g, to the measured load-step voltage drop. Within one cell's
/// test the load current and ambient temperature are constant, so the drop relative to the starting
/// point is R(L) / R(L0) = 1 + (g / R0) * (L - L0): a line through the origin in the predicted SEI growth,
/// fitted by least squares over every cell that records the drop. R0 and its activation energy stay as
/// given (they come from the constant-current tests' first cycles, see docs/model.md).
/// </summary>
public static class ResistanceCalibrator
{
    /// <summary>The fitted g, Ω/nm (0 when no cell records the drop), and the cells that did.</summary>
    public static (double GrowthOhmPerNm, int Cells) Fit(CellAgingModel model, IReadOnlyList<CellHistory> cells)
    {
        var sumXy = 0.0;
        var sumXx = 0.0;
        var used = 0;
        foreach (var cell in cells)
        {
            var start = cell.Observations[cell.StartIndex].LoadStepDropV;
            if (!(double.IsFinite(start) && start > 0))
            {
                continue;
            }

            var sei = new double[cell.Observations.Count];
            CapacityPredictor.Predict(model, cell, sei);
            used++;
            for (var i = cell.StartIndex + 1; i < sei.Length; i++)
            {
                var drop = cell.Observations[i].LoadStepDropV;
                if (double.IsFinite(drop) && !cell.Observations[i].IsAnomalous)
                {
                    var x = sei[i] - sei[cell.StartIndex];
                    sumXy += x * (drop / start - 1.0);
                    sumXx += x * x;
                }
            }
        }

        var relativePerNm = sumXx > 0 ? Math.Max(0.0, sumXy / sumXx) : 0.0;
        return (relativePerNm * model.Chemistry.Resistance.InitialOhm, used);
    }
}
