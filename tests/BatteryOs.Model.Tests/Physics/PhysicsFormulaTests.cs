using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Physics;

namespace BatteryOs.Model.Tests.Physics;

/// <summary>Every aging formula against its equation, computed here independently from the documented form.</summary>
public sealed class PhysicsFormulaTests
{
    private const double R = 8.314462618;
    private static readonly ChemistryParameters Nasa = KnownChemistries.Nasa18650;

    private static CycleConditions Cycle(double temperatureC = 25.0, double dischargeC = 1.0, double chargeC = 0.5,
        double dod = 0.8, double hours = 24.0, double highSoc = 0.3, double chargeEnd = 0.9) =>
        new(temperatureC, dischargeC, chargeC, dod, hours, highSoc, chargeEnd);

    [Fact]
    public void Arrhenius_is_one_at_the_reference_and_follows_exp_minus_ea_over_r()
    {
        Assert.Equal(1.0, Arrhenius.Factor(25.0, 38_000.0, 25.0));

        var expected = Math.Exp(-38_000.0 / R * (1.0 / (45.0 + 273.15) - 1.0 / (25.0 + 273.15)));
        Assert.Equal(expected, Arrhenius.Factor(45.0, 38_000.0, 25.0), 12);
        Assert.InRange(expected, 2.5, 2.7); // 38 kJ/mol: about 2.6x per 20 K near room temperature
        Assert.True(Arrhenius.Factor(0.0, -60_000.0, 25.0) > 1.0);
    }

    [Fact]
    public void Sei_grows_as_the_square_root_of_l0_squared_plus_2kt()
    {
        Assert.Equal(Math.Sqrt(5.0 * 5.0 + 2.0 * 0.3 * 100.0), SeiGrowthModel.ThicknessAfterNm(5.0, 0.3, 100.0), 12);
        Assert.Equal(0.3 / 5.0, SeiGrowthModel.GrowthRateNmPerHour(5.0, 0.3));

        // From a negligible film, four times the time doubles the thickness (the sqrt(t) regime).
        var t1 = SeiGrowthModel.ThicknessAfterNm(1e-9, 0.3, 1_000.0);
        var t4 = SeiGrowthModel.ThicknessAfterNm(1e-9, 0.3, 4_000.0);
        Assert.Equal(2.0, t4 / t1, 9);

        // Growing in two steps equals growing at once: the solution is exact, not an Euler step.
        var twoSteps = SeiGrowthModel.ThicknessAfterNm(SeiGrowthModel.ThicknessAfterNm(5.0, 0.3, 40.0), 0.3, 60.0);
        Assert.Equal(SeiGrowthModel.ThicknessAfterNm(5.0, 0.3, 100.0), twoSteps, 12);
    }

    [Fact]
    public void Sei_rate_constant_adds_current_and_high_soc_stress_to_the_arrhenius_rate()
    {
        var sei = Nasa.Sei;
        var conditions = Cycle(temperatureC: 40.0, dischargeC: 0.7, highSoc: 0.4);

        var expected = sei.RateConstantNm2PerHour * sei.CoatingFactor
            * Math.Exp(-sei.ActivationEnergyJPerMol / R * (1.0 / 313.15 - 1.0 / 298.15))
            * (1.0 + sei.CurrentFactorPerCRate * 0.7 + sei.HighSocFactor * 0.4);
        Assert.Equal(expected, SeiGrowthModel.RateConstantNm2PerHour(sei, 25.0, conditions), 12);
        Assert.Equal(expected / Arrhenius.Factor(40.0, sei.ActivationEnergyJPerMol, 25.0),
            SeiGrowthModel.RateConstantAtReferenceNm2PerHour(sei, conditions), 12);
    }

    [Fact]
    public void Sei_capacity_loss_is_proportional_to_the_growth()
    {
        var sei = Nasa.Sei;
        Assert.Equal(sei.CapacityLossPctPerNm * 2.5, SeiGrowthModel.CapacityLossPct(sei, 10.0, 12.5), 12);
        Assert.Equal(SeiGrowthModel.CapacityLossPct(sei, 10.0, SeiGrowthModel.ThicknessAfterNm(10.0, 0.2, 24.0)),
            SeiGrowthModel.GrowthLossPct(sei, 10.0, 0.2, 24.0));
    }

    [Fact]
    public void Cycling_loss_is_b_times_arrhenius_times_c_rate_factor_times_the_power_law_increment()
    {
        var cycling = new CyclingParameters
        {
            CoefficientPct = 0.05, ActivationEnergyJPerMol = 20_000.0, Exponent = 0.6, CRateFactor = 0.3,
        };
        var conditions = Cycle(temperatureC: 35.0, dischargeC: 2.0);

        var stress = 0.05 * Math.Exp(-20_000.0 / R * (1.0 / 308.15 - 1.0 / 298.15)) * (1.0 + 0.3 * 2.0);
        Assert.Equal(stress, CyclingFadeModel.CoefficientPct(cycling, 25.0, conditions), 12);
        Assert.Equal(stress * (Math.Pow(101.0, 0.6) - Math.Pow(100.0, 0.6)),
            CyclingFadeModel.LossPct(cycling, 25.0, 100.0, 101.0, conditions), 12);

        // Under a constant duty the per-cycle losses telescope to b' * N^z.
        var total = 0.0;
        for (var n = 0; n < 500; n++)
        {
            total += CyclingFadeModel.LossPct(cycling, 25.0, n * 0.8, (n + 1) * 0.8, conditions);
        }

        Assert.Equal(stress * Math.Pow(500 * 0.8, 0.6), total, 9);
    }

    [Fact]
    public void Plating_grows_in_the_cold_with_charge_rate_and_charge_end()
    {
        var plating = new PlatingParameters { CoefficientPct = 0.01, ActivationEnergyJPerMol = 80_000.0 };

        Assert.Equal(0.0, PlatingModel.SocFactor(0.5));
        Assert.Equal(0.0, PlatingModel.SocFactor(0.2));
        Assert.Equal(0.6, PlatingModel.SocFactor(0.8), 12);
        Assert.Equal(1.0, PlatingModel.SocFactor(1.0));

        var cold = Math.Exp(80_000.0 / R * (1.0 / 277.15 - 1.0 / 298.15));
        Assert.Equal(cold, PlatingModel.ColdFactor(plating, 25.0, 4.0), 9);
        var conditions = Cycle(temperatureC: 4.0, chargeC: 0.75, dod: 1.0, chargeEnd: 1.0);
        Assert.Equal(0.01 * 1.0 * 0.75 * 1.0 * cold, PlatingModel.LossPct(plating, 25.0, conditions), 12);
        Assert.Equal(0.75, PlatingModel.Exposure(conditions));
        Assert.Equal(0.0, PlatingModel.LossPct(plating, 25.0, conditions with { ChargeEndSoc = 0.5 }));
        Assert.True(PlatingModel.LossPct(plating, 25.0, conditions) >
            PlatingModel.LossPct(plating, 25.0, conditions with { TemperatureC = 24.0 }));
    }

    [Fact]
    public void Recoverable_deficit_builds_toward_equilibrium_and_returns_at_rest()
    {
        var recovery = new RecoveryParameters
        {
            EquilibriumDeficitPct = 3.0, ActivationEnergyJPerMol = 10_000.0, BuildUpCycles = 4.0,
            RelaxationHours = 20.0,
        };

        var equilibrium = RecoverableLossModel.EquilibriumPct(recovery, 25.0, 5.0);
        Assert.Equal(3.0 * Math.Exp(10_000.0 / R * (1.0 / 278.15 - 1.0 / 298.15)), equilibrium, 12);
        Assert.Equal(3.0 + (1.0 - 3.0) * Math.Exp(-1.0 / 4.0),
            RecoverableLossModel.AfterCyclePct(recovery, 1.0, 3.0, 1.0), 12);
        Assert.Equal(2.0 * Math.Exp(-30.0 / 20.0), RecoverableLossModel.AfterRestPct(recovery, 2.0, 30.0), 12);
        Assert.Equal(2.0, RecoverableLossModel.AfterRestPct(recovery, 2.0, 0.0));
    }

    [Fact]
    public void Resistance_grows_with_sei_and_in_the_cold_and_sag_is_current_times_resistance()
    {
        var r = Nasa.Resistance;
        var l0 = Nasa.Sei.InitialThicknessNm;

        Assert.Equal(r.InitialOhm, ResistanceModel.ResistanceOhm(Nasa, l0, 25.0), 12);
        var grown = (r.InitialOhm + r.GrowthOhmPerNm * 20.0)
            * Math.Exp(r.ActivationEnergyJPerMol / R * (1.0 / 273.15 - 1.0 / 298.15));
        Assert.Equal(grown, ResistanceModel.ResistanceOhm(Nasa, l0 + 20.0, 0.0), 12);
        Assert.Equal(2.0 * grown, ResistanceModel.VoltageSagV(Nasa, -2.0, l0 + 20.0, 0.0), 12);
    }
}
