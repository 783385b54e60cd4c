using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests.Physics;

public sealed class PhysicsProfileTests
{
    private static readonly PhysicsProfile Profile = new();

    [Fact]
    public void A_new_pack_has_the_initial_film_and_full_health_and_knows_its_cycles_per_day()
    {
        Assert.Equal("physics", Profile.Name);
        Assert.Equal(new PackCondition(0, 5.0, 100.0), Profile.Initial);
        Assert.Equal(1.0, Profile.CyclesPerDay);
        Assert.Equal(40.0, Profile.PackCapacityAh); // 20 strings of 2 Ah cells
    }

    [Fact]
    public void One_step_is_the_cell_model_under_the_frame_and_the_duty()
    {
        var before = new PackCondition(10, 8.0, 97.0);
        var frame = new TelemetryFrame(30.0, 20.0, 0.4);

        var after = Profile.Step(before, frame);

        // The frame's current over the pack capacity is the C-rate; the duty gives the rest (1 cycle a day).
        var conditions = Profile.Conditions(frame);
        Assert.Equal(new CycleConditions(30.0, 0.5, 0.5, 0.8, 24.0, 0.3, 0.9), conditions);
        var chemistry = KnownChemistries.Nasa18650;
        var k = SeiGrowthModel.RateConstantNm2PerHour(chemistry.Sei, 25.0, conditions);
        var sei = SeiGrowthModel.ThicknessAfterNm(8.0, k, 24.0);
        var cycling = CyclingFadeModel.CoefficientPct(chemistry.Cycling, 25.0, conditions)
            * (Math.Pow(11 * 0.8, chemistry.Cycling.Exponent) - Math.Pow(10 * 0.8, chemistry.Cycling.Exponent));
        var loss = SeiGrowthModel.CapacityLossPct(chemistry.Sei, 8.0, sei) + cycling
            + PlatingModel.LossPct(chemistry.Plating, 25.0, conditions);
        Assert.Equal(new PackCondition(11, sei, 97.0 - loss), after);
    }

    [Fact]
    public void Running_a_batch_equals_stepping_frame_by_frame_bit_for_bit()
    {
        var frames = new TelemetryFrame[700];
        Profile.SyntheticFrames(CounterRandom.StreamKey(3, 77), 1, frames);
        var conditions = new PackCondition[frames.Length];

        var last = Profile.Run(Profile.Initial, frames, conditions);

        var stepped = Profile.Initial;
        for (var i = 0; i < frames.Length; i++)
        {
            stepped = Profile.Step(stepped, frames[i]);
            Assert.Equal(stepped, conditions[i]);
        }

        Assert.Equal(stepped, last);
    }

    [Fact]
    public void Synthetic_frames_are_a_pure_function_of_stream_and_cycle_and_within_limits()
    {
        var key = CounterRandom.StreamKey(11, 5);
        var batch = new TelemetryFrame[400];
        Profile.SyntheticFrames(key, 101, batch);

        for (var i = 0; i < batch.Length; i++)
        {
            Assert.Equal(Profile.SyntheticFrame(key, 101 + i), batch[i]);
            Assert.Null(TelemetryLimits.Problem(batch[i]));
            var cRate = batch[i].CurrentA / Profile.PackCapacityAh;
            Assert.InRange(cRate, DutyProfile.Default.MinDischargeCRate, DutyProfile.Default.MaxDischargeCRate);
        }

        Assert.NotEqual(Profile.SyntheticFrame(CounterRandom.StreamKey(11, 6), 101), batch[0]);
    }

    [Fact]
    public void A_fleet_draws_its_ambient_temperatures_from_the_climate()
    {
        // Packs' yearly means follow N(15, 7) °C; over a whole year the seasons average out.
        var climate = ClimateDistribution.Temperate;
        var means = Enumerable.Range(0, 20_000)
            .Select(id => climate.PackMeanC(CounterRandom.StreamKey(1, id))).ToArray();
        var mean = means.Average();
        var sd = Math.Sqrt(means.Select(m => (m - mean) * (m - mean)).Average());
        Assert.InRange(mean, 14.8, 15.2);
        Assert.InRange(sd, 6.8, 7.2);

        var key = CounterRandom.StreamKey(1, 0);
        var year = new TelemetryFrame[365];
        Profile.SyntheticFrames(key, 1, year);
        Assert.InRange(year.Average(f => f.TemperatureC), climate.PackMeanC(key) - 1.0, climate.PackMeanC(key) + 1.0);
    }

    [Fact]
    public void Hotter_climates_grow_more_sei_and_lose_more_health()
    {
        var cool = new PhysicsProfile(KnownChemistries.Nasa18650,
            DutyProfile.Default with { Climate = ClimateDistribution.Constant(10.0) }, PackDesign.Default);
        var hot = new PhysicsProfile(KnownChemistries.Nasa18650,
            DutyProfile.Default with { Climate = ClimateDistribution.Constant(40.0) }, PackDesign.Default);

        var coolEnd = RunCycles(cool, 60);
        var hotEnd = RunCycles(hot, 60);

        Assert.True(hotEnd.SeiNm > coolEnd.SeiNm);
        Assert.True(hotEnd.SohPct < coolEnd.SohPct);
    }

    [Fact]
    public void Health_only_falls_and_the_film_only_grows()
    {
        var frames = new TelemetryFrame[2_000];
        Profile.SyntheticFrames(CounterRandom.StreamKey(2, 2), 1, frames);
        var conditions = new PackCondition[frames.Length];
        Profile.Run(Profile.Initial, frames, conditions);

        for (var i = 1; i < conditions.Length; i++)
        {
            Assert.True(conditions[i].SohPct <= conditions[i - 1].SohPct);
            Assert.True(conditions[i].SeiNm > conditions[i - 1].SeiNm);
        }

        Assert.Equal(0.0, conditions[^1].SohPct); // the NASA cells are worn out long before 2,000 cycles
    }

    [Fact]
    public void Bad_duties_and_packs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new PhysicsProfile(KnownChemistries.Nasa18650,
            DutyProfile.Default with { DepthOfDischarge = 0.0 }, PackDesign.Default));
        Assert.Throws<ArgumentException>(() => new PhysicsProfile(KnownChemistries.Nasa18650, DutyProfile.Default,
            new PackDesign(0, 4)));
    }

    private static PackCondition RunCycles(PhysicsProfile profile, int cycles)
    {
        var frames = new TelemetryFrame[cycles];
        profile.SyntheticFrames(CounterRandom.StreamKey(5, 5), 1, frames);
        return profile.Run(profile.Initial, frames, new PackCondition[cycles]);
    }
}
