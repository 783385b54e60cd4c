using System.Globalization;
using System.Text;
using BatteryOs.Model.Physics.Calibration;

namespace BatteryOs.Cli.Calibration;

/// <summary>
/// Writes <c>cycle,measured_capacity_ah,predicted_capacity_ah</c>, one row per recorded cycle from the
/// prediction's starting point on; measured values are as recorded (anomalous rows included).
/// </summary>
internal static class PredictionCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "cycle,measured_capacity_ah,predicted_capacity_ah";

    /// <summary>Writes the prediction of <paramref name="cell"/>.</summary>
    public static async Task WriteAsync(string path, CellHistory cell, IReadOnlyList<double> predictedAh,
        CancellationToken cancellationToken)
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        for (var i = cell.StartIndex; i < cell.Observations.Count; i++)
        {
            var row = cell.Observations[i];
            text.Append(row.Cycle.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(row.MeasuredCapacityAh.ToString("R", CultureInfo.InvariantCulture))
                .Append(',').Append(predictedAh[i].ToString("R", CultureInfo.InvariantCulture))
                .Append('\n');
        }

        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
    }
}
