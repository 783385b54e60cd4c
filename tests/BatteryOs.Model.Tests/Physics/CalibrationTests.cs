using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Physics.Calibration;

namespace BatteryOs.Model.Tests.Physics;

public sealed class CalibrationTests
{
    private static readonly ChemistryParameters Nasa = KnownChemistries.Nasa18650;
    private static readonly CycleConditions Lab = new(24.0, 1.0, 0.75, 1.0, 5.0, 0.35, 1.0);

    [Fact]
    public void Zero_and_sudden_low_capacities_are_anomalies_but_recovery_after_a_rest_is_not()
    {
        double[] capacities = [1.80, 1.79, 1.78, 0.0, 1.77, 1.60, 1.76, 1.75, 1.74, 1.82, 1.80, 1.79];

        var marked = AnomalyFilter.Mark(capacities);

        Assert.Equal([false, false, false, true, false, true, false, false, false, false, false, false], marked);
        Assert.True(AnomalyFilter.Mark([1.5, 1.80, 1.79, 1.78])[0]); // a first discharge far off the next ones
        Assert.True(AnomalyFilter.Mark([double.NaN, 1.80])[0]);
    }

    [Fact]
    public void A_cell_history_starts_at_its_first_clean_row_and_must_be_in_cycle_order()
    {
        var history = new CellHistory("X", [Row(1, 0.0), Row(2, 1.80), Row(3, 1.79), Row(4, 1.78), Row(5, 1.77)]);

        Assert.Equal(1, history.StartIndex);
        Assert.Equal(3, history.ScoredCount);
        Assert.Throws<ArgumentException>(() => new CellHistory("Y", [Row(2, 1.8), Row(1, 1.8)]));
        Assert.Throws<ArgumentException>(() => new CellHistory("Z", [Row(1, 0.0), Row(2, 0.0)]));
    }

    [Fact]
    public void A_prediction_starts_from_the_measured_capacity_and_follows_the_model()
    {
        var model = new CellAgingModel(Nasa);
        var history = new CellHistory("X", [.. Enumerable.Range(1, 30).Select(c => Row(c, 1.9 - 0.002 * c))]);

        var predicted = CapacityPredictor.Predict(model, history);

        Assert.Equal(history.Observations[0].MeasuredCapacityAh, predicted[0]);
        var state = new CellState(1.0, Nasa.Sei.InitialThicknessNm, model.SohPct(predicted[0]));
        for (var i = 1; i < 30; i++)
        {
            state = model.Step(state, Lab);
            Assert.Equal(model.CapacityAh(state.ApparentSohPct), predicted[i], 12);
        }
    }

    [Fact]
    public void Rmse_is_in_percent_of_rated_capacity_over_clean_rows_after_the_start()
    {
        var history = new CellHistory("X", [Row(1, 1.80), Row(2, 1.79), Row(3, 1.78), Row(4, 0.0), Row(5, 1.77)]);

        var error = CapacityPredictor.RmsePct(history, [1.80, 1.81, 1.76, 5.0, 1.77], 2.0);

        Assert.Equal(Math.Sqrt((0.02 * 0.02 + 0.02 * 0.02 + 0.0) / 3.0) / 2.0 * 100.0, error, 9);
    }

    [Fact]
    public void The_calibrator_recovers_every_coefficient_that_made_synthetic_data()
    {
        // Cells at three temperatures, with rests, aged by known coefficients; the fit starts from the guesses.
        var truth = Nasa with
        {
            Cycling = Nasa.Cycling with { CoefficientPct = 0.12, Exponent = 0.8, ActivationEnergyJPerMol = 25_000 },
            Plating = Nasa.Plating with { CoefficientPct = 0.004, ActivationEnergyJPerMol = 90_000 },
            Recovery = Nasa.Recovery with { EquilibriumDeficitPct = 3.5, BuildUpCycles = 3.0, RelaxationHours = 40.0 },
        };
        var cells = new[] { 4.0, 24.0, 43.0 }.Select(t => Synthetic(truth, t)).ToList();

        var fit = new PhysicsCalibrator().Fit(cells, CalibrationSpace.InitialGuess(CalibrationSpace.Default, Nasa));

        Assert.InRange(fit.MeanSquaredErrorAh2, 0.0, 1e-12);
        foreach (var coefficient in CalibrationSpace.Default)
        {
            Assert.Equal(coefficient.Read(truth), coefficient.Read(fit.Parameters), 1e-4 * coefficient.Read(truth));
        }
    }

    [Fact]
    public void Coefficients_map_unbounded_variables_into_their_bounds()
    {
        var linear = CalibrationSpace.Default.Single(c => c.Field == "cycling.exponent");
        var log = CalibrationSpace.Default.Single(c => c.Field == "plating.coefficientPct");

        Assert.Equal(0.75, linear.ValueOf(0.0), 12);
        Assert.InRange(linear.ValueOf(-50.0), 0.5, 0.5 + 1e-9);
        Assert.Equal(0.7, linear.ValueOf(linear.VariableOf(0.7)), 12);
        Assert.Equal(0.002, log.ValueOf(log.VariableOf(0.002)), 12);
        Assert.Equal(0.05, 1.0 / (1.0 + Math.Exp(-linear.StartVariableOf(0.5))), 12); // a bound starts inside
    }

    [Fact]
    public void The_seed_baseline_follows_the_seed_soh_from_the_measured_start()
    {
        var history = new CellHistory("X", [Row(1, 1.9), Row(2, 1.89), Row(3, 1.88)]);

        var seed = SeedBaseline.Predict(history, 2.0);

        Assert.Equal(1.9, seed[0]);
        Assert.True(seed[2] < seed[1] && seed[1] < seed[0]);
    }

    private static CycleObservation Row(int cycle, double capacityAh) =>
        new(cycle, Lab, capacityAh, 2.0, double.NaN, false);

    private static CellHistory Synthetic(ChemistryParameters truth, double temperatureC)
    {
        var model = new CellAgingModel(truth);
        var conditions = Lab with { TemperatureC = temperatureC, DischargeCRate = temperatureC > 30 ? 2.0 : 1.0 };
        var rows = new List<CycleObservation>();
        var state = new CellState(1.0, truth.Sei.InitialThicknessNm, 92.0);
        for (var cycle = 1; cycle <= 80; cycle++)
        {
            // Every 20th discharge follows a 60 h rest, which returns the recoverable deficit.
            var cycleConditions = cycle % 20 == 0 ? conditions with { RestHours = 60.0 } : conditions;
            if (cycle > 1)
            {
                state = model.Step(state, cycleConditions);
            }

            rows.Add(new CycleObservation(cycle, cycleConditions, model.CapacityAh(state.ApparentSohPct), 2.0,
                double.NaN, false));
        }

        return new CellHistory($"T{temperatureC}", rows);
    }
}
