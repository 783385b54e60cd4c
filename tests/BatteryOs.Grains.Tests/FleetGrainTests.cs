using BatteryOs.Contracts;

namespace BatteryOs.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class FleetGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Runs_accumulate_their_cycle_targets()
    {
        var fleet = fixture.Grains.GetGrain<IFleetGrain>("fleet-tests");
        Assert.Null(await fleet.LatestRun());

        var first = await fleet.BeginRun(10, 100, "seed", Guid.NewGuid());
        var second = await fleet.BeginRun(20, 50, "seed", Guid.NewGuid());

        Assert.Equal((1, 0L, 100L), (first.RunNumber, first.StartCycle, first.TargetCycle));
        Assert.Equal((2, 100L, 150L), (second.RunNumber, second.StartCycle, second.TargetCycle));
        Assert.Equal(20, (await fleet.LatestRun())!.Packs);
    }

    [Fact]
    public async Task A_fleet_keeps_its_model_and_rejects_bad_sizes()
    {
        var fleet = fixture.Grains.GetGrain<IFleetGrain>("fleet-model");
        await fleet.BeginRun(1, 10, "seed", Guid.NewGuid());

        await Assert.ThrowsAsync<ArgumentException>(() => fleet.BeginRun(1, 10, "physics", Guid.NewGuid()));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => fleet.BeginRun(0, 10, "seed", Guid.NewGuid()));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => fleet.BeginRun(1, -1, "seed", Guid.NewGuid()));
        Assert.Equal(10, (await fleet.LatestRun())!.TargetCycle);
    }

    [Fact]
    public async Task A_retried_registration_returns_the_same_run()
    {
        var fleet = fixture.Grains.GetGrain<IFleetGrain>("fleet-retry");
        var id = Guid.NewGuid();

        var first = await fleet.BeginRun(5, 40, "seed", id);
        var retried = await fleet.BeginRun(5, 40, "seed", id);
        var next = await fleet.BeginRun(5, 40, "seed", Guid.NewGuid());

        Assert.Equal(first, retried);
        Assert.Equal((2, 40L, 80L), (next.RunNumber, next.StartCycle, next.TargetCycle));
    }
}
