namespace BatteryOs.Model.Physics.Calibration;

/// <summary>
/// The recorded life of one lab cell, in cycle order, with anomalous rows marked. The first clean row is
/// the starting point of every prediction.
/// </summary>
public sealed class CellHistory
{
    /// <summary>A cell's history; marks anomalies with <see cref="AnomalyFilter"/>.</summary>
    /// <exception cref="ArgumentException">No row is clean, or the rows are not in cycle order.</exception>
    public CellHistory(string name, IReadOnlyList<CycleObservation> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Cycle <= rows[i - 1].Cycle)
            {
                throw new ArgumentException($"Cell {name}: cycle {rows[i].Cycle} follows cycle {rows[i - 1].Cycle}.");
            }
        }

        var anomalous = AnomalyFilter.Mark([.. rows.Select(r => r.MeasuredCapacityAh)]);
        Name = name;
        Observations = [.. rows.Select((r, i) => r with { IsAnomalous = anomalous[i] })];
        StartIndex = Array.IndexOf(anomalous, false);
        if (StartIndex < 0)
        {
            throw new ArgumentException($"Cell {name} has no usable capacity row.");
        }
    }

    /// <summary>The cell's name, for example B0005.</summary>
    public string Name { get; }

    /// <summary>Every recorded cycle, anomalies marked.</summary>
    public IReadOnlyList<CycleObservation> Observations { get; }

    /// <summary>Index of the first clean row: the prediction's starting point.</summary>
    public int StartIndex { get; }

    /// <summary>Clean rows after the starting point: the rows a prediction is scored on.</summary>
    public int ScoredCount => Observations.Skip(StartIndex + 1).Count(o => !o.IsAnomalous);

    /// <summary>The mean ambient temperature over the recorded cycles, °C.</summary>
    public double MeanTemperatureC => Observations.Average(o => o.Conditions.TemperatureC);

    /// <summary>The mean discharge current over the recorded cycles, A.</summary>
    public double MeanCurrentA => Observations.Average(o => o.MeanCurrentA);
}
