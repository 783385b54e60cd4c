using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Physics.Calibration;

/// <summary>
/// The seed profile's SoH on a lab cell, for comparison: each recorded cycle becomes a frame (ambient
/// temperature, mean current, load-step voltage drop or 0), and the seed SoH curve is shifted to start at
/// the same measured capacity as the physics prediction, so both are scored on how they follow the fade.
/// </summary>
public static class SeedBaseline
{
    /// <summary>The seed profile's capacity per observation, Ah (NaN before the starting point).</summary>
    public static double[] Predict(CellHistory cell, double ratedCapacityAh)
    {
        var profile = new SeedProfile();
        var rows = cell.Observations;
        var soh = new double[rows.Count];
        var condition = profile.Initial;
        for (var i = 0; i < rows.Count; i++)
        {
            var sag = double.IsFinite(rows[i].LoadStepDropV) ? rows[i].LoadStepDropV : 0.0;
            var frame = new TelemetryFrame(rows[i].Conditions.TemperatureC, rows[i].MeanCurrentA, sag);
            condition = profile.Step(condition, frame);
            soh[i] = condition.SohPct;
        }

        var predicted = new double[rows.Count];
        var start = cell.StartIndex;
        for (var i = 0; i < rows.Count; i++)
        {
            predicted[i] = i < start
                ? double.NaN
                : rows[start].MeasuredCapacityAh + (soh[i] - soh[start]) / 100.0 * ratedCapacityAh;
        }

        return predicted;
    }
}
