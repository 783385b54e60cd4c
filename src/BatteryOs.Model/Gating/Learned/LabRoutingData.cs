using BatteryOs.Model.Physics;
using BatteryOs.Model.Physics.Calibration;
using BatteryOs.Model.Physics.Experts;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// A lab cell as gate training data. The cell is aged along its recorded conditions by the calibrated
/// model (as <see cref="CapacityPredictor"/> does) to know its state before each cycle; the experts' costs
/// are their mechanisms' under that state. The observed loss of a cycle is the drop in measured capacity
/// from the previous clean cycle, counted only when neither cycle follows a rest (a rest returns capacity,
/// which is no aging). The cell reads as the default pack for the heuristic gate: its C-rate times the
/// pack's capacity is the current, its sag times the cells in series the pack's sag.
/// </summary>
public static class LabRoutingData
{
    /// <summary>The cell's trajectory.</summary>
    public static RoutingTrajectory Of(CellHistory cell, CellAgingModel model)
    {
        var experts = MechanismExperts.For(model);
        var pack = PackGeometry.Default;
        var rated = model.Chemistry.NominalCapacityAh;
        var rows = cell.Observations;
        var start = cell.StartIndex;

        var cycles = 0.0;
        for (var i = 0; i <= start; i++)
        {
            cycles += rows[i].Conditions.DepthOfDischarge;
        }

        var state = new CellState(cycles, model.Chemistry.Sei.InitialThicknessNm,
            model.SohPct(rows[start].MeasuredCapacityAh));
        var samples = new List<RoutingSample>();
        var measured = new List<double>();
        for (var i = start + 1; i < rows.Count; i++)
        {
            var conditions = rows[i].Conditions;
            var costs = experts.Select(e => e.Assess(conditions, state).DegradationPct).ToArray();
            var sagPerCell = double.IsFinite(rows[i].LoadStepDropV)
                ? rows[i].LoadStepDropV
                : ResistanceModel.VoltageSagV(model.Chemistry, conditions.DischargeCRate * rated, state.SeiThicknessNm,
                    conditions.TemperatureC);
            var input = new GateInput(conditions.TemperatureC, conditions.DischargeCRate, sagPerCell,
                conditions.ChargeEndSoc * 100.0, state.SeiThicknessNm, state.EquivalentFullCycles);
            var frame = new TelemetryFrame(conditions.TemperatureC, conditions.DischargeCRate * pack.CapacityAh,
                Math.Min(sagPerCell * pack.SeriesCells, TelemetryLimits.VoltageSagV.Max));
            samples.Add(new RoutingSample(input, frame, costs, ObservedLossPct(cell, i, rated)));
            measured.Add(rows[i].IsAnomalous ? double.NaN : 100.0 * rows[i].MeasuredCapacityAh / rated);
            state = model.Step(state, conditions);
        }

        return new RoutingTrajectory(cell.Name, true, 100.0 * rows[start].MeasuredCapacityAh / rated,
            samples, measured);
    }

    private static double ObservedLossPct(CellHistory cell, int i, double ratedAh)
    {
        var rows = cell.Observations;
        var previous = rows[i - 1];
        var clean = !rows[i].IsAnomalous && !previous.IsAnomalous;
        var unrested = rows[i].Conditions.RestHours == 0 && previous.Conditions.RestHours == 0;
        return clean && unrested
            ? 100.0 * (previous.MeasuredCapacityAh - rows[i].MeasuredCapacityAh) / ratedAh
            : double.NaN;
    }
}
