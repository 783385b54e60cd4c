using BatteryOs.Grains.Metrics;

namespace BatteryOs.Grains.Tests;

public sealed class PackPopulationTests
{
    [Fact]
    public void Only_crossings_of_80_percent_change_the_count_below_end_of_life()
    {
        var population = new PackPopulation();
        var below = false;
        population.Activated();

        population.Observe(ref below, 92.0);
        population.Observe(ref below, 80.0);
        Assert.Equal(0, population.BelowEndOfLife);

        population.Observe(ref below, 79.9);
        population.Observe(ref below, 50.0);
        Assert.True(below);
        Assert.Equal(1, population.BelowEndOfLife);

        population.Observe(ref below, 85.0);
        Assert.Equal(0, population.BelowEndOfLife);
        Assert.Equal(1, population.Active);
    }

    [Fact]
    public void A_deactivation_takes_the_pack_out_of_both_counts()
    {
        var population = new PackPopulation();
        bool[] below = [false, false, false];
        foreach (var i in new[] { 0, 1, 2 })
        {
            population.Activated();
            population.Observe(ref below[i], i == 2 ? 95.0 : 60.0);
        }

        population.Deactivated(below[0]);
        population.Deactivated(below[2]);

        Assert.Equal(1, population.Active);
        Assert.Equal(1, population.BelowEndOfLife);
    }
}
