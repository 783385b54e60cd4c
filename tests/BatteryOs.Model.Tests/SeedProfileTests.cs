using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests;

/// <summary>The seed profile's SEI growth and SoH arithmetic against cycles worked out by hand.</summary>
public sealed class SeedProfileTests
{
    private readonly SeedProfile _profile = new();

    [Fact]
    public void Initial_condition_is_cycle_zero_with_1_2_nm_of_sei()
    {
        var initial = _profile.Initial;

        // SoH before any cycle uses no sag: 100 - 1.2 * 2.1 = 100 - 2.52 = 97.48.
        Assert.Equal(new PackCondition(0, 1.2, 97.48), initial);
        Assert.Equal("seed", _profile.Name);
    }

    [Fact]
    public void Three_consecutive_cycles_match_the_hand_computed_values()
    {
        var condition = _profile.Initial;

        // Cycle 1, (T, I, V) = (50, 40, 0.3):
        //   sei = 1.2 + 50 * 0.001 + 40 * 0.0005 = 1.2 + 0.05 + 0.02 = 1.27
        //   soh = 100 - (1.27 * 2.1 + 0.3 * 12.5) = 100 - (2.667 + 3.75) = 93.583
        condition = _profile.Step(condition, new TelemetryFrame(50.0, 40.0, 0.3));
        Assert.Equal(1, condition.Cycle);
        Assert.Equal(1.27, condition.SeiNm);
        Assert.Equal(93.583, condition.SohPct);

        // Cycle 2, (30, 10, 0.1):
        //   sei = 1.27 + 0.03 + 0.005 = 1.305
        //   soh = 100 - (1.305 * 2.1 + 0.1 * 12.5) = 100 - (2.7405 + 1.25) = 96.0095
        condition = _profile.Step(condition, new TelemetryFrame(30.0, 10.0, 0.1));
        Assert.Equal(2, condition.Cycle);
        Assert.Equal(1.305, condition.SeiNm);
        Assert.Equal(96.0095, condition.SohPct);

        // Cycle 3, (46, 33, 0.6):
        //   sei = 1.305 + 0.046 + 0.0165 = 1.3675
        //   soh = 100 - (1.3675 * 2.1 + 0.6 * 12.5) = 100 - (2.87175 + 7.5) = 89.62825
        condition = _profile.Step(condition, new TelemetryFrame(46.0, 33.0, 0.6));
        Assert.Equal(3, condition.Cycle);
        Assert.Equal(1.3675, condition.SeiNm);
        Assert.Equal(89.62825, condition.SohPct);
    }

    [Fact]
    public void Sei_growth_adds_the_whole_cycle_increment_at_once_like_the_prototype()
    {
        // Prototype: sei_nm += T * 0.001 + I * 0.0005, i.e. 1.2 + (0.0227 + 0.001) = 1.2237 in doubles.
        // Adding the two terms one at a time instead gives 1.2236999999999998.
        var condition = _profile.Step(_profile.Initial, new TelemetryFrame(22.7, 2.0, 0.0));

        Assert.Equal(1.2237, condition.SeiNm);
    }

    [Fact]
    public void Step_does_not_depend_on_the_gate_thresholds()
    {
        // T = 45.0 and I = 32.0 sit exactly on the gate thresholds; SEI and SoH are linear through them:
        //   sei = 1.2 + 0.045 + 0.016 = 1.261; soh = 100 - (1.261 * 2.1 + 0.2 * 12.5) = 100 - 5.1481 = 94.8519
        var condition = _profile.Step(_profile.Initial, new TelemetryFrame(45.0, 32.0, 0.2));

        Assert.Equal(1.261, condition.SeiNm, 1e-12);
        Assert.Equal(94.8519, condition.SohPct, 1e-12);
    }

    [Fact]
    public void Soh_clamps_at_zero_for_huge_sei()
    {
        // sei = 50 + 0.05 + 0.02 = 50.07 nm; 100 - (105.147 + 3.75) is negative, so SoH is 0.
        var condition = _profile.Step(new PackCondition(1000, 50.0, 1.0), new TelemetryFrame(50.0, 40.0, 0.3));

        Assert.Equal(1001, condition.Cycle);
        Assert.Equal(50.07, condition.SeiNm, 1e-12);
        Assert.Equal(0.0, condition.SohPct);
        Assert.Equal(0.0, SeedProfile.SohPct(1.0e6, 0.0));
    }

    [Theory]
    [InlineData(0.0, 8.0, 0.0)]      // 100 - (0 + 100) = 0 exactly, the clamp edge
    [InlineData(40.0, 1.0, 3.5)]     // 100 - (84 + 12.5)
    [InlineData(10.0, 0.0, 79.0)]    // 100 - 21
    [InlineData(0.0, 0.0, 100.0)]
    public void Soh_formula_matches_hand_values(double seiNm, double sagV, double expectedPct)
    {
        Assert.Equal(expectedPct, SeedProfile.SohPct(seiNm, sagV), 1e-12);
    }

    [Fact]
    public void Step_leaves_the_input_condition_unchanged()
    {
        var before = new PackCondition(7, 2.0, 90.0);

        var after = _profile.Step(before, new TelemetryFrame(30.0, 10.0, 0.1));

        Assert.Equal(new PackCondition(7, 2.0, 90.0), before);
        Assert.Equal(8, after.Cycle);
        Assert.Equal(2.035, after.SeiNm, 1e-12);
    }
}
