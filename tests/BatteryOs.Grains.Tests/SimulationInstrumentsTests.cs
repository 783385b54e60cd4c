using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Metrics;
using BatteryOs.Model.Experts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace BatteryOs.Grains.Tests;

/// <summary>The instruments record per chunk and per expert call, with the counts the grains really had.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SimulationInstrumentsTests(ClusterFixture fixture)
{
    private static readonly SyntheticRun Seed7 = new("seed", 7);

    private IPackGrain Pack(long id) => fixture.Grains.GetGrain<IPackGrain>(id);

    [Fact]
    public async Task An_advance_records_once_per_chunk_with_the_packs_own_counts()
    {
        using var log = new MeasurementLog();

        var summary = await Pack(5101).AdvanceTo(200, Seed7);

        // 200 cycles in chunks of 64: 64, 64, 64, 8.
        Assert.Equal([64.0, 64, 64, 8], log.Of(SimulationInstruments.PackCycles).Select(m => m.Value));
        Assert.Equal(summary.SohPct, Assert.Single(log.Of(SimulationInstruments.PackSoh).Skip(3)).Value);
        Assert.Equal(summary.SeiNm, log.Of(SimulationInstruments.PackSeiThickness)[^1].Value);
        Assert.Equal(4, log.Of(SimulationInstruments.PackSeiThickness).Count);
        var selections = log.Of(SimulationInstruments.RouterSelections);
        Assert.Equal(4 * ExpertCatalog.Count, selections.Count);
        Assert.Equal(summary.RoutingCounts, ExpertCatalog.All
            .Select(e => (long)selections.Where(s => s.Tags["expert"] == e.Name).Sum(s => s.Value)));
    }

    [Fact]
    public async Task Each_expert_call_records_its_frames_and_its_latency_and_drops_nothing()
    {
        using var log = new MeasurementLog();

        var summary = await Pack(5102).AdvanceTo(130, Seed7);

        var sizes = log.Of(SimulationInstruments.ExpertBatchSize);
        var durations = log.Of(SimulationInstruments.ExpertDuration);
        var dropped = log.Of(SimulationInstruments.ExpertFramesDropped);
        Assert.Equal(summary.RoutingCounts.Sum(), sizes.Sum(s => s.Value));
        // Expert calls finish concurrently, so their measurements interleave: compare per expert, not in order.
        Assert.Equal(sizes.Select(s => s.Tags["expert"]).Order(), durations.Select(d => d.Tags["expert"]).Order());
        Assert.All(durations, d => Assert.InRange(d.Value, 0, 60));
        Assert.Equal(3 * ExpertCatalog.Count, dropped.Count);
        Assert.All(dropped, d => Assert.Equal(0, d.Value));
        Assert.All(sizes.Concat(durations).Concat(dropped), m => Assert.Equal(["expert"], m.Tags.Keys));
    }

    [Fact]
    public async Task The_gauges_follow_activation_deactivation_and_end_of_life_crossings()
    {
        using var log = new MeasurementLog();
        var population = ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services
            .GetRequiredService<PackPopulation>();
        await CollectEveryActivationAsync();
        Assert.Equal((0, 0), Gauges(log));

        await Pack(5103).AdvanceTo(50, Seed7);
        Assert.Equal((1, 0), Gauges(log));

        await Pack(5103).AdvanceTo(300, Seed7);
        Assert.Equal((1, 1), Gauges(log));
        Assert.Equal((1, 1), (population.Active, population.BelowEndOfLife));

        await CollectEveryActivationAsync();
        Assert.Equal((0, 0), Gauges(log));

        // Reactivated from its checkpoint, the pack is below end of life again at once.
        await Pack(5103).GetSummary();
        Assert.Equal((1, 1), Gauges(log));
    }

    private static (double Active, double Below) Gauges(MeasurementLog log) =>
        (log.Observe(SimulationInstruments.PacksActive), log.Observe(SimulationInstruments.PacksBelowEndOfLife));

    private Task CollectEveryActivationAsync() =>
        fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
}
