using BatteryOs.Model.Experts;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests;

public sealed class ExpertTests
{
    private static readonly double[] Temperatures =
        [-60.0, -10.0, 0.0, 12.5, 20.0, 25.0, 42.5, 45.0, 60.0, 80.0, 150.0];
    private static readonly double[] Currents = [-2000.0, -5.0, 0.0, 2.0, 10.0, 22.5, 32.0, 45.0, 100.0, 2000.0];
    private static readonly double[] Sags = [0.0, 0.05, 0.35, 0.65, 1.0, 10.0];

    [Fact]
    public void Catalog_holds_the_five_experts_in_index_order()
    {
        string[] expected = ["Thermal_Regulator", "Dendrite_Predict", "Power_Shaper", "Ion_Flux", "ALD_Coat"];

        Assert.Equal(5, ExpertCatalog.Count);
        Assert.Equal(expected, ExpertCatalog.All.Select(e => e.Name));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(i, ExpertCatalog.IndexOf(expected[i]));
        }
    }

    [Theory]
    [InlineData("thermal_regulator")]
    [InlineData("Unknown")]
    [InlineData("")]
    public void Unknown_or_miscased_names_have_no_index(string name)
    {
        Assert.Equal(-1, ExpertCatalog.IndexOf(name));
    }

    [Fact]
    public void Every_risk_is_in_the_unit_interval_over_the_accepted_range()
    {
        var frames = (
            from t in Temperatures
            from i in Currents
            from v in Sags
            select new TelemetryFrame(t, i, v)).ToArray();
        var risks = new double[frames.Length];
        var checkedRisks = 0;

        foreach (var expert in ExpertCatalog.All)
        {
            Array.Fill(risks, double.NaN);
            expert.Assess(frames, risks);
            foreach (var risk in risks)
            {
                Assert.InRange(risk, 0.0, 1.0);
                checkedRisks++;
            }
        }

        Assert.Equal(5 * 11 * 10 * 6, checkedRisks);
    }

    [Theory]
    [InlineData(20.0, 0.0)]
    [InlineData(25.0, 0.0)]
    [InlineData(42.5, 0.5)]   // (42.5 - 25) / 35
    [InlineData(60.0, 1.0)]
    [InlineData(90.0, 1.0)]
    public void Thermal_risk_ramps_from_25_to_60_degrees(double temperatureC, double expected)
    {
        Assert.Equal(expected, RiskOf(0, new TelemetryFrame(temperatureC, 10.0, 0.1)), 1e-12);
    }

    [Theory]
    [InlineData(25.0, 27.5, 0.5)]    // current ramp (27.5 - 10) / 35 = 0.5, no cold factor
    [InlineData(12.5, 27.5, 0.75)]   // cold factor 1 + 12.5 / 25 = 1.5
    [InlineData(0.0, 27.5, 1.0)]     // cold factor 2: 0.5 * 2
    [InlineData(0.0, 45.0, 1.0)]     // 1 * 2 clamps to 1
    [InlineData(40.0, 5.0, 0.0)]     // below 10 A
    [InlineData(40.0, 45.0, 1.0)]
    public void Dendrite_risk_scales_the_current_ramp_when_cold(double temperatureC, double currentA, double expected)
    {
        Assert.Equal(expected, RiskOf(1, new TelemetryFrame(temperatureC, currentA, 0.1)), 1e-12);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.05, 0.0)]
    [InlineData(0.35, 0.5)]   // (0.35 - 0.05) / 0.6
    [InlineData(0.65, 1.0)]
    [InlineData(2.0, 1.0)]
    public void Power_risk_ramps_with_voltage_sag(double sagV, double expected)
    {
        Assert.Equal(expected, RiskOf(2, new TelemetryFrame(30.0, 10.0, sagV)), 1e-12);
    }

    [Theory]
    [InlineData(30.0, 22.5, 0.25)]   // (22.5 / 45) * (30 / 60)
    [InlineData(60.0, 45.0, 1.0)]
    [InlineData(-10.0, 45.0, 0.0)]
    [InlineData(30.0, -20.0, 0.0)]
    public void Ion_flux_risk_is_the_product_of_current_and_temperature(double temperatureC, double currentA,
        double expected)
    {
        Assert.Equal(expected, RiskOf(3, new TelemetryFrame(temperatureC, currentA, 0.1)), 1e-12);
    }

    [Theory]
    [InlineData(40.0, 22.5, 0.25)]   // 0.25 * ((40 - 20) / 40 + 22.5 / 45) = 0.25 * 1
    [InlineData(60.0, 45.0, 0.5)]    // the highest it goes: both ramps at 1
    [InlineData(20.0, 0.0, 0.0)]
    public void Ald_risk_is_a_quarter_of_the_summed_exposure(double temperatureC, double currentA, double expected)
    {
        Assert.Equal(expected, RiskOf(4, new TelemetryFrame(temperatureC, currentA, 0.1)), 1e-12);
    }

    [Fact]
    public void Assess_writes_one_risk_per_frame_in_order()
    {
        TelemetryFrame[] frames = [new(25.0, 0.0, 0.1), new(42.5, 0.0, 0.1), new(60.0, 0.0, 0.1)];
        var risks = new double[3];

        ExpertCatalog.All[0].Assess(frames, risks);

        Assert.Equal([0.0, 0.5, 1.0], risks);
    }

    private static double RiskOf(int expertIndex, TelemetryFrame frame)
    {
        var risk = new double[1];
        ExpertCatalog.All[expertIndex].Assess([frame], risk);
        return risk[0];
    }
}
