using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;

namespace BatteryOs.Grains.Tests;

/// <summary>Pack references made by <see cref="PackGrains"/> are the ones the grain factory makes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PackGrainsTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(0L)]
    [InlineData(42L)]
    [InlineData(long.MaxValue)]
    public void A_reference_names_the_same_grain_and_interface(long packId)
    {
        var grains = fixture.Grains;

        var made = new PackGrains(grains).Get(packId);

        var expected = (GrainReference)grains.GetGrain<IPackGrain>(packId);
        Assert.Equal(expected.GrainId, made.GetGrainId());
        Assert.Equal(expected.InterfaceType, ((GrainReference)made).InterfaceType);
        Assert.Equal<object>(expected, made);
    }

    [Fact]
    public async Task A_call_through_it_reaches_the_pack()
    {
        var packs = new PackGrains(fixture.Grains);
        var packId = 9_200_001L;

        await packs.Get(packId).AdvanceTo(7, new SyntheticRun("seed", 5));

        var summary = await fixture.Grains.GetGrain<IPackGrain>(packId).GetSummary();
        Assert.Equal(7, summary.Cycle);
    }
}
