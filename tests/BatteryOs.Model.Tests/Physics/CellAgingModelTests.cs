using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Physics.Calibration;

namespace BatteryOs.Model.Tests.Physics;

public sealed class CellAgingModelTests
{
    private static readonly CellAgingModel Model = new(KnownChemistries.Nasa18650);
    private static readonly CycleConditions Lab = new(24.0, 1.0, 0.75, 1.0, 4.7, 0.35, 1.0);

    [Fact]
    public void A_new_cell_has_the_initial_film_and_full_health()
    {
        Assert.Equal(new CellState(0.0, KnownChemistries.Nasa18650.Sei.InitialThicknessNm, 100.0), Model.Initial);
        Assert.Equal(2.0, Model.CapacityAh(100.0));
        Assert.Equal(90.0, Model.SohPct(1.8), 12);
    }

    [Fact]
    public void A_step_costs_the_sum_of_its_mechanisms()
    {
        var state = new CellState(50.0, 12.0, 91.0, 1.5);

        var loss = Model.Losses(state, Lab);
        var next = Model.Step(state, Lab);
        var irreversible = Model.StepIrreversible(state, Lab);

        var p = KnownChemistries.Nasa18650;
        var k = SeiGrowthModel.RateConstantNm2PerHour(p.Sei, 25.0, Lab);
        Assert.Equal(SeiGrowthModel.ThicknessAfterNm(12.0, k, 4.7), loss.SeiThicknessAfterNm);
        Assert.Equal(SeiGrowthModel.CapacityLossPct(p.Sei, 12.0, loss.SeiThicknessAfterNm), loss.SeiPct);
        Assert.Equal(CyclingFadeModel.LossPct(p.Cycling, 25.0, 50.0, 51.0, Lab), loss.CyclingPct);
        Assert.Equal(PlatingModel.LossPct(p.Plating, 25.0, Lab), loss.PlatingPct);
        Assert.Equal(loss.SeiPct + loss.CyclingPct + loss.PlatingPct, loss.TotalPct);

        Assert.Equal(51.0, next.EquivalentFullCycles);
        Assert.Equal(91.0 - loss.TotalPct, next.SohPct, 12);
        Assert.Equal(next.SohPct, irreversible.SohPct);
        Assert.Equal(0.0, irreversible.RecoverableLossPct);
        Assert.Equal(next.SohPct - next.RecoverableLossPct, next.ApparentSohPct);
    }

    [Fact]
    public void The_recoverable_deficit_returns_after_a_rest_and_rebuilds_while_cycling()
    {
        var cycled = Model.Initial;
        for (var i = 0; i < 20; i++)
        {
            cycled = Model.Step(cycled, Lab);
        }

        var rested = Model.Step(cycled, Lab with { RestHours = 300.0 });
        var notRested = Model.Step(cycled, Lab);

        Assert.True(cycled.RecoverableLossPct > 0);
        Assert.True(rested.RecoverableLossPct < notRested.RecoverableLossPct);
        Assert.True(rested.ApparentSohPct > notRested.ApparentSohPct);
        Assert.Equal(notRested.SohPct, rested.SohPct); // a rest returns capacity, it does not undo aging
    }

    [Fact]
    public void Soh_never_falls_below_zero()
    {
        var state = new CellState(5_000.0, 80.0, 0.01);

        Assert.Equal(0.0, Model.Step(state, Lab).SohPct);
    }

    [Fact]
    public void The_fitted_cell_fades_faster_at_43_than_at_24_and_faster_at_4_with_half_the_current()
    {
        var ordering = TemperatureOrdering.Of(Model);

        Assert.True(ordering.HotFadesFaster, $"{ordering}");
        Assert.True(ordering.ColdFadesFasterAtHalfCurrent, $"{ordering}");
        Assert.Equal(TemperatureOrdering.LossPct(Model, 43.0, 1.0), ordering.Loss43C1CPct);
    }
}
