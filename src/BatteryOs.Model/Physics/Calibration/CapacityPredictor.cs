namespace BatteryOs.Model.Physics.Calibration;

/// <summary>
/// Replays a lab cell's recorded conditions through the aging model. The prediction starts at the first
/// clean row, with its measured capacity, a fresh SEI film of L0, no recoverable deficit (the cells rested
/// before their test) and the equivalent full cycles recorded so far; every later cycle, anomalous or not,
/// ages the cell under its own conditions, and the prediction is the apparent capacity (SoH minus deficit).
/// </summary>
public static class CapacityPredictor
{
    /// <summary>
    /// Predicted capacity per observation, Ah (NaN before the starting point); when
    /// <paramref name="seiNmOut"/> is given, the SEI thickness per observation goes there.
    /// </summary>
    public static double[] Predict(CellAgingModel model, CellHistory cell, Span<double> seiNmOut = default)
    {
        var rows = cell.Observations;
        var start = cell.StartIndex;
        var predicted = new double[rows.Count];
        Array.Fill(predicted, double.NaN, 0, start);
        if (!seiNmOut.IsEmpty)
        {
            seiNmOut[..start].Fill(double.NaN);
        }

        var cycles = 0.0;
        for (var i = 0; i <= start; i++)
        {
            cycles += rows[i].Conditions.DepthOfDischarge;
        }

        var state = new CellState(cycles, model.Chemistry.Sei.InitialThicknessNm,
            model.SohPct(rows[start].MeasuredCapacityAh));
        for (var i = start; i < rows.Count; i++)
        {
            if (i > start)
            {
                state = model.Step(state, rows[i].Conditions);
            }

            predicted[i] = i == start ? rows[start].MeasuredCapacityAh : model.CapacityAh(state.ApparentSohPct);
            if (!seiNmOut.IsEmpty)
            {
                seiNmOut[i] = state.SeiThicknessNm;
            }
        }

        return predicted;
    }

    /// <summary>
    /// Root-mean-square error over the clean rows after the starting point, % of
    /// <paramref name="ratedCapacityAh"/>.
    /// </summary>
    public static double RmsePct(CellHistory cell, ReadOnlySpan<double> predictedAh, double ratedCapacityAh) =>
        Math.Sqrt(MeanSquaredErrorAh2(cell, predictedAh)) / ratedCapacityAh * 100.0;

    /// <summary>Mean squared error over the clean rows after the starting point, Ah².</summary>
    public static double MeanSquaredErrorAh2(CellHistory cell, ReadOnlySpan<double> predictedAh)
    {
        var sum = 0.0;
        var count = 0;
        for (var i = cell.StartIndex + 1; i < cell.Observations.Count; i++)
        {
            var row = cell.Observations[i];
            if (!row.IsAnomalous)
            {
                var error = predictedAh[i] - row.MeasuredCapacityAh;
                sum += error * error;
                count++;
            }
        }

        return count == 0 ? 0.0 : sum / count;
    }
}
