using BatteryOs.Model.Physics;
using BatteryOs.Model.Profiles;

namespace BatteryOs.Model.Tests.Physics;

public sealed class PhysicsProfileSpecTests
{
    [Fact]
    public void The_defaults_are_called_physics()
    {
        Assert.Equal("physics", PhysicsProfileSpec.Default.ToString());
        Assert.Same(PhysicsProfileSpec.Default, PhysicsProfileSpec.Parse("physics", out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("physics(climate=hot)", "physics(climate=hot)")]
    [InlineData("physics(dod=0.6,chemistry=nca-panasonic-18650b)", "physics(chemistry=nca-panasonic-18650b,dod=0.6)")]
    [InlineData("physics(dod=0.8)", "physics")]
    [InlineData("physics(climate=25.0, cyclesPerDay=2)", "physics(climate=25,cyclesPerDay=2)")]
    [InlineData("physics(cRate=0.1-2)", "physics(cRate=0.1-2)")]
    [InlineData("physics(climate=-5)", "physics(climate=-5)")]
    public void Names_are_read_and_written_canonically(string name, string canonical)
    {
        var spec = PhysicsProfileSpec.Parse(name, out var problem);

        Assert.Null(problem);
        Assert.Equal(canonical, spec!.ToString());
        Assert.Equal(canonical, ModelProfiles.Get(name).Name);
        Assert.Same(ModelProfiles.Get(name), ModelProfiles.Get(canonical));
    }

    [Fact]
    public void A_spec_sets_the_duty_and_chemistry_it_names()
    {
        var profile = (PhysicsProfile)ModelProfiles.Get(
            "physics(chemistry=nca-panasonic-18650b,climate=cold,cyclesPerDay=2,dod=0.5,cRate=0.1-0.3)");

        Assert.Equal("nca-panasonic-18650b", profile.Model.Chemistry.Name);
        Assert.Equal(ClimateDistribution.Cold, profile.Duty.Climate);
        Assert.Equal(2.0, profile.Duty.CyclesPerDay);
        Assert.Equal(0.5, profile.Duty.DepthOfDischarge);
        Assert.Equal((0.1, 0.3), (profile.Duty.MinDischargeCRate, profile.Duty.MaxDischargeCRate));
        Assert.Equal(2.0, profile.CyclesPerDay);
        Assert.Equal(ClimateDistribution.Constant(30.0),
            ((PhysicsProfile)ModelProfiles.Get("physics(climate=30)")).Duty.Climate);
    }

    [Theory]
    [InlineData("physics(", "is not 'physics' or 'physics(key=value,...)'")]
    [InlineData("physicsy", "is not 'physics' or 'physics(key=value,...)'")]
    [InlineData("physics(dod)", "'dod' is not key=value")]
    [InlineData("physics(dod=0.5,dod=0.6)", "'dod' is given twice")]
    [InlineData("physics(volts=3)", "unknown key 'volts'")]
    [InlineData("physics(dod=half)", "dod 'half' is not a number")]
    [InlineData("physics(dod=1.5)", "duty depthOfDischarge must be in [0.001, 1], not 1.5")]
    [InlineData("physics(cRate=1)", "cRate '1' is not min-max")]
    [InlineData("physics(cRate=2-1)", "duty maxDischargeCRate must be in [2, 20], not 1")]
    [InlineData("physics(chemistry=lfp)", "unknown chemistry 'lfp'")]
    [InlineData("physics(climate=arctic)", "climate 'arctic' is neither")]
    [InlineData("physics(climate=60)", "climate '60' is neither")]
    [InlineData("physics(cyclesPerDay=NaN)", "cyclesPerDay 'NaN' is not a number")]
    public void Bad_names_say_what_is_wrong(string name, string problem)
    {
        Assert.Null(PhysicsProfileSpec.Parse(name, out var found));
        Assert.Contains(problem, found);

        var error = Assert.Throws<ArgumentException>(() => ModelProfiles.Get(name));
        Assert.StartsWith($"Model '{name}': ", error.Message);
        Assert.False(ModelProfiles.TryGet(name, out _));
    }
}
