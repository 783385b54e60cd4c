using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Physics.Experts;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests.Physics;

public sealed class MechanismExpertTests
{
    private static readonly CellAgingModel Model = new(KnownChemistries.Nasa18650);
    private static readonly IReadOnlyList<IMechanismExpert> Experts = MechanismExperts.For(Model);
    private static readonly CellState Worn = new(120.0, 30.0, 85.0);

    private static CycleConditions At(double temperatureC, double dischargeC = 0.5, double chargeC = 0.5) =>
        new(temperatureC, dischargeC, chargeC, 0.8, 24.0, 0.3, 0.9);

    [Fact]
    public void The_experts_come_in_catalog_order()
    {
        Assert.Equal(ExpertCatalog.All.Select(e => e.Name), Experts.Select(e => e.Name));
    }

    [Fact]
    public void Every_risk_is_in_zero_to_one_and_every_power_advice_in_zero_to_one()
    {
        foreach (var expert in Experts)
        {
            foreach (var t in new[] { -40.0, -10.0, 0.0, 25.0, 45.0, 60.0, 90.0 })
            {
                foreach (var c in new[] { 0.0, 0.5, 2.0, 10.0 })
                {
                    var a = expert.Assess(At(t, c, c), Worn);
                    Assert.InRange(a.Risk, 0.0, 1.0);
                    Assert.InRange(a.PowerLimitFraction, double.Epsilon, 1.0);
                    Assert.True(double.IsFinite(a.DegradationPct), $"{expert.Name} at {t} °C, {c}C");
                }
            }
        }
    }

    [Fact]
    public void Ion_flux_dendrite_and_power_shaper_split_the_cycle_loss_between_them()
    {
        var conditions = At(35.0, 0.9, 0.7);
        var loss = Model.Losses(Worn, conditions);

        var sei = Experts[3].Assess(conditions, Worn).DegradationPct;
        var plating = Experts[1].Assess(conditions, Worn).DegradationPct;
        var cycling = Experts[2].Assess(conditions, Worn).DegradationPct;

        Assert.Equal(loss.SeiPct, sei, 12);
        Assert.Equal(loss.PlatingPct, plating, 12);
        Assert.Equal(loss.CyclingPct, cycling, 12);
        Assert.Equal(loss.TotalPct, sei + plating + cycling, 12);
    }

    [Fact]
    public void Thermal_regulator_is_calm_up_to_the_reference_saturates_at_60_and_derates_above_45()
    {
        var thermal = new ThermalRegulatorMechanism(Model);

        Assert.Equal(0.0, thermal.Assess(At(10.0), Worn).Risk);
        Assert.Equal(0.0, thermal.Assess(At(25.0), Worn).Risk);
        Assert.Equal(1.0, thermal.Assess(At(60.0), Worn).Risk, 12);
        Assert.InRange(thermal.Assess(At(45.0), Worn).Risk, 0.1, 0.9);
        Assert.Equal(1.0, thermal.Assess(At(45.0), Worn).PowerLimitFraction);
        Assert.Equal(0.75, thermal.Assess(At(52.5), Worn).PowerLimitFraction, 12);
        Assert.Equal(0.5, thermal.Assess(At(80.0), Worn).PowerLimitFraction);

        // Its degradation: the SEI loss beyond the same cycle at 25 °C (less when colder).
        var hot = At(40.0);
        var extra = Model.Losses(Worn, hot).SeiPct - Model.Losses(Worn, hot with { TemperatureC = 25.0 }).SeiPct;
        Assert.Equal(extra, thermal.Assess(hot, Worn).DegradationPct, 12);
        Assert.True(thermal.Assess(At(5.0), Worn).DegradationPct < 0);
    }

    [Fact]
    public void Dendrite_predict_rises_in_the_cold_and_with_charge_rate_and_caps_the_charge()
    {
        var dendrite = new DendritePredictMechanism(Model);
        var reference = At(25.0, chargeC: KnownChemistries.Nasa18650.MaxChargeCRate) with { ChargeEndSoc = 1.0 };

        Assert.Equal(0.5, dendrite.Assess(reference, Worn).Risk, 12); // at the limit, at the reference, to full
        Assert.True(dendrite.Assess(At(0.0), Worn).Risk > dendrite.Assess(At(25.0), Worn).Risk);
        Assert.True(dendrite.Assess(At(25.0, chargeC: 1.0), Worn).Risk > dendrite.Assess(At(25.0), Worn).Risk);
        var cold = dendrite.Assess(At(-10.0, chargeC: 1.0), Worn);
        Assert.Equal(1.0 / dendrite.Propensity(At(-10.0, chargeC: 1.0)), cold.PowerLimitFraction, 12);
    }

    [Fact]
    public void Power_shaper_takes_the_larger_of_rate_and_sag_stress()
    {
        var power = new PowerShaperMechanism(Model);
        var p = KnownChemistries.Nasa18650;

        var gentle = power.Assess(At(25.0, dischargeC: 0.5), Worn);
        var rateStress = 0.5 / p.MaxDischargeCRate;
        var sagStress = power.SagV(At(25.0, dischargeC: 0.5), Worn) / (p.NominalVoltageV - p.MinVoltageV);
        Assert.Equal(Math.Max(rateStress, sagStress), gentle.Risk, 12);
        Assert.Equal(1.0, gentle.PowerLimitFraction);
        var hard = power.Assess(At(25.0, dischargeC: 4.0), Worn);
        Assert.Equal(1.0, hard.Risk);
        Assert.True(hard.PowerLimitFraction < 1.0);
    }

    [Fact]
    public void Ald_coat_saves_nothing_uncoated_and_saves_sei_loss_when_coated()
    {
        var uncoated = new AldCoatMechanism(Model);
        var coatedModel = new CellAgingModel(KnownChemistries.Nasa18650 with
        {
            Sei = KnownChemistries.Nasa18650.Sei with { CoatingFactor = 0.5 },
        });
        var coated = new AldCoatMechanism(coatedModel);
        var conditions = At(35.0);

        Assert.Equal(0.0, uncoated.Assess(conditions, Worn).DegradationPct);
        Assert.Equal(new IonFluxMechanism(Model).Assess(conditions, Worn).Risk, uncoated.Assess(conditions, Worn).Risk);
        var saved = coated.Assess(conditions, Worn).DegradationPct;
        Assert.Equal(coatedModel.Losses(Worn, conditions).SeiPct - Model.Losses(Worn, conditions).SeiPct, saved, 12);
        Assert.True(saved < 0);
        Assert.Equal(0.5 * uncoated.Assess(conditions, Worn).Risk, coated.Assess(conditions, Worn).Risk, 12);
    }

    [Fact]
    public void Ion_flux_risk_is_one_half_for_a_new_cell_at_rest_at_the_reference()
    {
        var sei = KnownChemistries.Nasa18650.Sei;
        var rest = new CycleConditions(25.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.5);

        Assert.Equal(0.5, new IonFluxMechanism(Model).Assess(rest, Model.Initial).Risk, 12);
        Assert.Equal(1.0, IonFluxMechanism.FluxRatio(sei, sei.RateConstantNm2PerHour, sei.InitialThicknessNm));
    }

    [Fact]
    public void In_the_physics_profile_experts_assess_frames_against_the_pack_condition_before_them()
    {
        var profile = new PhysicsProfile();
        TelemetryFrame[] frames = [new(30.0, 20.0, 0.1), new(5.0, 36.0, 0.2)];
        PackCondition[] before = [new(100, 20.0, 90.0), new(101, 20.1, 89.9)];
        var risks = new double[2];
        var degradation = new double[2];

        profile.Assessor(3).Assess(frames, before, risks, degradation);

        for (var i = 0; i < frames.Length; i++)
        {
            var expected = new IonFluxMechanism(profile.Model)
                .Assess(profile.Conditions(frames[i]), profile.CellStateOf(before[i]));
            Assert.Equal(expected.Risk, risks[i]);
            Assert.Equal(expected.DegradationPct, degradation[i]);
        }
    }

    [Fact]
    public void Every_catalogued_expert_of_the_physics_profile_assesses_by_its_own_mechanism()
    {
        var profile = new PhysicsProfile();
        TelemetryFrame[] frames = [new(30.0, 20.0, 0.1), new(-5.0, 36.0, 0.4), new(52.0, 3.0, 0.05)];
        PackCondition[] before = [new(100, 20.0, 90.0), new(101, 20.1, 89.9), new(7, 5.5, 99.0)];
        var mechanisms = MechanismExperts.For(profile.Model);

        Assert.Equal(ExpertCatalog.All.Select(e => e.Name), mechanisms.Select(m => m.Name));
        for (var expert = 0; expert < ExpertCatalog.Count; expert++)
        {
            var risks = new double[frames.Length];
            var degradation = new double[frames.Length];
            profile.Assessor(expert).Assess(frames, before, risks, degradation);
            for (var i = 0; i < frames.Length; i++)
            {
                var expected = mechanisms[expert].Assess(profile.Conditions(frames[i]), profile.CellStateOf(before[i]));
                Assert.Equal(expected.Risk, risks[i]);
                Assert.Equal(expected.DegradationPct, degradation[i]);
            }
        }

        Assert.Null(MechanismExperts.AssessorFor("No_Such_Expert", profile));
    }

    [Fact]
    public void In_the_seed_profile_experts_keep_their_frame_risks_and_attribute_no_loss()
    {
        var seed = new Profiles.SeedProfile();
        TelemetryFrame[] frames = [new(50.0, 40.0, 0.3)];
        var risks = new double[1];
        var degradation = new double[] { 99.0 };

        seed.Assessor(0).Assess(frames, [seed.Initial], risks, degradation);

        var expected = new double[1];
        ExpertCatalog.All[0].Assess(frames, expected);
        Assert.Equal(expected[0], risks[0]);
        Assert.Equal(0.0, degradation[0]);
    }
}
