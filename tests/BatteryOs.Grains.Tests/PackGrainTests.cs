using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PackGrainTests(ClusterFixture fixture)
{
    private static readonly SyntheticRun Seed42 = new("seed", 42);

    private IPackGrain Pack(long id) => fixture.Grains.GetGrain<IPackGrain>(id);

    [Fact]
    public async Task AdvanceTo_matches_a_plain_frame_by_frame_loop_exactly()
    {
        var summary = await Pack(1001).AdvanceTo(500, Seed42);

        var reference = PlainLoop.Run(PlainLoop.Synthetic(42, 1001, 1, 500));
        Assert.Equal(500, summary.Cycle);
        Assert.Equal(reference.Condition.SeiNm, summary.SeiNm);
        Assert.Equal(reference.Condition.SohPct, summary.SohPct);
        Assert.Equal(reference.SmoothedSohPct, summary.SohSmoothedPct);
        Assert.Equal(reference.MixtureRisk, summary.MixtureRisk);
        Assert.Equal(reference.RoutingCounts, summary.RoutingCounts);
        Assert.Equal(500 * 3, summary.RoutingCounts.Sum());
    }

    [Theory]
    [InlineData("physics", 5001L)]
    [InlineData("physics(chemistry=nca-panasonic-18650b,climate=hot,cyclesPerDay=2,dod=0.6)", 5002L)]
    public async Task Physics_AdvanceTo_matches_a_plain_loop_across_chunks_and_end_of_life(string model, long id)
    {
        // 2,500 cycles: three chunks of at most 1,000, and the NASA cell crosses 80 % SoH on the way.
        var summary = await Pack(id).AdvanceTo(2500, new SyntheticRun(model, 42));

        var reference = PlainLoop.Run(PlainLoop.Synthetic(42, id, 1, 2500, model), model: model);
        Assert.Equal(model, summary.Model);
        Assert.Equal(2500, summary.Cycle);
        Assert.Equal(reference.Condition.SeiNm, summary.SeiNm);
        Assert.Equal(reference.Condition.SohPct, summary.SohPct);
        Assert.Equal(reference.SmoothedSohPct, summary.SohSmoothedPct);
        Assert.Equal(reference.MixtureRisk, summary.MixtureRisk);
        Assert.Equal(reference.RoutingCounts, summary.RoutingCounts);
        Assert.Equal(reference.EndOfLifeCycle, summary.EndOfLifeCycle);
        Assert.Equal(reference.Experts.RiskSums, summary.ExpertRiskSums);
        Assert.Equal(reference.Experts.DegradationPctSums, summary.ExpertDegradationPctSums);

        // The mechanisms attribute real losses: SEI growth (Ion_Flux) and cycling (Power_Shaper) cost capacity.
        Assert.True(summary.ExpertDegradationPctSums[3] > 0);
        Assert.True(summary.ExpertDegradationPctSums[2] > 0);
        if (model == "physics")
        {
            Assert.InRange(summary.EndOfLifeCycle, 2, 2500);
        }
    }

    [Fact]
    public async Task Packs_advanced_together_in_small_chunks_share_calls_and_each_matches_its_plain_loop()
    {
        // 40 packs at once, 150 cycles each: chunks far below a full batch, which the silo routes together.
        var ids = Enumerable.Range(6000, 40).Select(i => (long)i).ToArray();
        var summaries = await Task.WhenAll(ids.Select(id => Pack(id).AdvanceTo(150, new SyntheticRun("physics", 8))));

        foreach (var summary in summaries)
        {
            var reference = PlainLoop.Run(PlainLoop.Synthetic(8, summary.PackId, 1, 150, "physics"), model: "physics");
            Assert.Equal(reference.Condition.SohPct, summary.SohPct);
            Assert.Equal(reference.Condition.SeiNm, summary.SeiNm);
            Assert.Equal(reference.RoutingCounts, summary.RoutingCounts);
            Assert.Equal(reference.Experts.RiskSums, summary.ExpertRiskSums);
        }
    }

    [Fact]
    public async Task AdvanceTo_is_idempotent_toward_its_target()
    {
        var once = await Pack(1002).AdvanceTo(300, Seed42);
        var again = await Pack(1002).AdvanceTo(300, Seed42);
        var behind = await Pack(1002).AdvanceTo(120, Seed42);

        Assert.Equal(300, once.Cycle);
        Assert.Equal(once with { CheckpointCycle = 0 }, again with { CheckpointCycle = 0 }, SummaryComparer.Instance);
        Assert.Equal(300, behind.Cycle);
        Assert.Equal(once.SeiNm, behind.SeiNm);
    }

    [Fact]
    public async Task Advancing_in_steps_equals_advancing_at_once()
    {
        var stepped = Pack(1003);
        foreach (var target in new long[] { 1, 63, 64, 65, 200, 333 })
        {
            await stepped.AdvanceTo(target, Seed42);
        }

        var atOnce = await Pack(1004).AdvanceTo(333, Seed42);
        var steps = await stepped.GetSummary();
        var reference = PlainLoop.Run(PlainLoop.Synthetic(42, 1003, 1, 333));
        Assert.Equal(reference.Condition.SeiNm, steps.SeiNm);
        Assert.Equal(reference.Condition.SohPct, steps.SohPct);
        Assert.Equal(reference.RoutingCounts, steps.RoutingCounts);
        Assert.NotEqual(atOnce.SeiNm, steps.SeiNm); // a different pack id draws different telemetry
    }

    [Fact]
    public async Task Checkpoints_follow_the_every_n_cycles_policy()
    {
        // Chunks of 64 cycles end at 64, 128, 150; the policy writes at the first chunk end 100 or more
        // cycles past the last checkpoint, so at 128 and not at 150.
        var summary = await Pack(1005).AdvanceTo(150, Seed42);
        Assert.Equal(128, summary.CheckpointCycle);

        var written = await Pack(1005).Checkpoint();
        Assert.Equal(150, written.CheckpointCycle);
        Assert.Equal(150, written.Cycle);
        Assert.Equal(summary.SohPct, written.SohPct);
        Assert.Equal(150, (await Pack(1005).GetSummary()).CheckpointCycle);
    }

    [Fact]
    public async Task State_survives_deactivation()
    {
        var before = await Pack(1006).AdvanceTo(150, Seed42);
        Assert.Equal(128, before.CheckpointCycle);

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var after = await Pack(1006).GetSummary();
        Assert.Equal(150, after.Cycle);
        Assert.Equal(150, after.CheckpointCycle);
        Assert.Equal(before.SeiNm, after.SeiNm);
        Assert.Equal(before.SohSmoothedPct, after.SohSmoothedPct);
        Assert.Equal(before.RoutingCounts, after.RoutingCounts);

        var continued = await Pack(1006).AdvanceTo(400, Seed42);
        var reference = PlainLoop.Run(PlainLoop.Synthetic(42, 1006, 1, 400));
        Assert.Equal(reference.Condition.SeiNm, continued.SeiNm);
        Assert.Equal(reference.SmoothedSohPct, continued.SohSmoothedPct);
    }

    [Fact]
    public async Task A_pack_cannot_switch_model()
    {
        await Pack(1007).AdvanceTo(10, Seed42);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Pack(1007).AdvanceTo(20, new SyntheticRun("physics", 42)));
        Assert.Contains("seed", error.Message);
        Assert.Equal(10, (await Pack(1007).GetSummary()).Cycle);
    }

    [Fact]
    public async Task Negative_pack_ids_and_targets_are_rejected()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Pack(-5).GetSummary());
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Pack(1008).AdvanceTo(-1, Seed42));
        Assert.Equal(0, (await Pack(1008).GetSummary()).Cycle);
    }

    private sealed class SummaryComparer : IEqualityComparer<PackSummary>
    {
        public static readonly SummaryComparer Instance = new();

        public bool Equals(PackSummary? x, PackSummary? y) =>
            x is not null && y is not null && x.PackId == y.PackId && x.Cycle == y.Cycle && x.SeiNm == y.SeiNm &&
            x.SohPct == y.SohPct && x.SohSmoothedPct == y.SohSmoothedPct &&
            x.RoutingCounts.SequenceEqual(y.RoutingCounts) && x.EndOfLifeCycle == y.EndOfLifeCycle &&
            x.ExpertRiskSums.SequenceEqual(y.ExpertRiskSums) &&
            x.ExpertDegradationPctSums.SequenceEqual(y.ExpertDegradationPctSums);

        public int GetHashCode(PackSummary obj) => obj.Cycle.GetHashCode();
    }
}
