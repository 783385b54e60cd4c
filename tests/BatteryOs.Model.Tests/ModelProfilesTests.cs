using BatteryOs.Model.Profiles;

namespace BatteryOs.Model.Tests;

public sealed class ModelProfilesTests
{
    [Fact]
    public void Seed_is_the_default_and_only_profile()
    {
        Assert.Equal("seed", ModelProfiles.DefaultName);
        Assert.Equal(["seed"], ModelProfiles.Names);
        Assert.IsType<SeedProfile>(ModelProfiles.Get("seed"));
    }

    [Fact]
    public void Unknown_profile_is_refused_with_the_known_names()
    {
        Assert.False(ModelProfiles.TryGet("Seed", out _));

        var error = Assert.Throws<ArgumentException>(() => ModelProfiles.Get("arrhenius"));

        Assert.Equal("Unknown model profile 'arrhenius' (known: seed).", error.Message);
    }
}
