using BatteryOs.Model.Physics;
using BatteryOs.Model.Profiles;

namespace BatteryOs.Model.Tests;

public sealed class ModelProfilesTests
{
    [Fact]
    public void Physics_is_the_default_and_seed_stays()
    {
        Assert.Equal("physics", ModelProfiles.DefaultName);
        Assert.Equal(["physics", "seed"], ModelProfiles.Names);
        Assert.IsType<SeedProfile>(ModelProfiles.Get("seed"));
        Assert.IsType<PhysicsProfile>(ModelProfiles.Get("physics"));
        Assert.Same(ModelProfiles.Get("physics"), ModelProfiles.Get(ModelProfiles.DefaultName));
    }

    [Fact]
    public void Unknown_profile_is_refused_with_the_known_names()
    {
        Assert.False(ModelProfiles.TryGet("Seed", out _));

        var error = Assert.Throws<ArgumentException>(() => ModelProfiles.Get("arrhenius"));

        Assert.Equal("Unknown model profile 'arrhenius' (known: physics, seed).", error.Message);
    }

    [Fact]
    public void The_seed_profile_knows_cycles_only()
    {
        Assert.Null(ModelProfiles.Get("seed").CyclesPerDay);
    }
}
