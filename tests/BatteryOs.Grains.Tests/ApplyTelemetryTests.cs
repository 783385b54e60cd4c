using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ApplyTelemetryTests(ClusterFixture fixture)
{
    private static readonly TelemetryFrame[] Frames = PlainLoop.Synthetic(7, 0, 1, 150);

    private IPackGrain Pack(long id) => fixture.Grains.GetGrain<IPackGrain>(id);

    [Fact]
    public async Task Batched_routing_equals_per_frame_routing()
    {
        var batched = await Pack(2001).ApplyTelemetry(FrameBatch.Of(Frames), 1, "seed");

        var gate = new SeedGate();
        var experts = new byte[3];
        var weights = new double[3];
        for (var i = 0; i < Frames.Length; i++)
        {
            var single = await Pack(2002).ApplyTelemetry(FrameBatch.Of([Frames[i]]), i + 1, "seed");
            Assert.Equal(single.Trace.Experts, batched.Trace.Experts.AsSpan(i * 3, 3).ToArray());
            Assert.Equal(single.Trace.Weights, batched.Trace.Weights.AsSpan(i * 3, 3).ToArray());
            Assert.Equal(single.Trace.SeiNm[0], batched.Trace.SeiNm[i]);

            gate.Route([Frames[i]], 3, experts, weights);
            Assert.Equal(experts, batched.Trace.Experts.AsSpan(i * 3, 3).ToArray());
            Assert.Equal(weights, batched.Trace.Weights.AsSpan(i * 3, 3).ToArray());
        }

        var perFrame = await Pack(2002).GetSummary();
        Assert.Equal(batched.Summary.SeiNm, perFrame.SeiNm);
        Assert.Equal(batched.Summary.SohSmoothedPct, perFrame.SohSmoothedPct);
        Assert.Equal(batched.Summary.RoutingCounts, perFrame.RoutingCounts);
        Assert.Equal(Enumerable.Range(1, 150).Select(c => (long)c), batched.Trace.Cycles);
    }

    [Fact]
    public async Task A_redelivered_batch_is_skipped_and_an_overlap_applies_only_new_cycles()
    {
        await Pack(2003).ApplyTelemetry(FrameBatch.Of(Frames[..10]), 1, "seed");
        var redelivered = await Pack(2003).ApplyTelemetry(FrameBatch.Of(Frames[..10]), 1, "seed");
        var overlap = await Pack(2003).ApplyTelemetry(FrameBatch.Of(Frames[5..20]), 6, "seed");

        Assert.Equal(10, redelivered.SkippedFrames);
        Assert.Equal(10, redelivered.Summary.Cycle);
        Assert.Empty(redelivered.Trace.Cycles);
        Assert.Equal(5, overlap.SkippedFrames);
        Assert.Equal(20, overlap.Summary.Cycle);
        Assert.Equal(PlainLoop.Run(Frames[..20]).Condition.SeiNm, overlap.Summary.SeiNm);
    }

    [Fact]
    public async Task A_gap_is_rejected_and_leaves_state_untouched()
    {
        await Pack(2004).ApplyTelemetry(FrameBatch.Of(Frames[..10]), 1, "seed");
        var before = await Pack(2004).GetSummary();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Pack(2004).ApplyTelemetry(FrameBatch.Of(Frames[10..20]), 15, "seed"));

        Assert.Contains("expects cycle 11", error.Message);
        var after = await Pack(2004).GetSummary();
        Assert.Equal(before.Cycle, after.Cycle);
        Assert.Equal(before.SeiNm, after.SeiNm);
    }

    [Theory]
    [InlineData(double.NaN, 10, 0.2, "temperature_c")]
    [InlineData(30, double.PositiveInfinity, 0.2, "current_a")]
    [InlineData(30, 10, -0.5, "voltage_sag_v")]
    [InlineData(400, 10, 0.2, "temperature_c")]
    public async Task Invalid_frames_are_rejected_and_leave_state_untouched(double t, double i, double v, string field)
    {
        var id = 2100 + Math.Abs(HashCode.Combine(t, i, v) % 800);
        await Pack(id).ApplyTelemetry(FrameBatch.Of(Frames[..5]), 1, "seed");
        var before = await Pack(id).GetSummary();

        TelemetryFrame[] bad = [Frames[5], new TelemetryFrame(t, i, v)];
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Pack(id).ApplyTelemetry(FrameBatch.Of(bad), 6, "seed"));

        Assert.Contains(field, error.Message);
        Assert.Contains("Frame 1", error.Message);
        var after = await Pack(id).GetSummary();
        Assert.Equal(5, after.Cycle);
        Assert.Equal(before.SeiNm, after.SeiNm);
        Assert.Equal(before.RoutingCounts, after.RoutingCounts);
    }

    [Fact]
    public async Task Unknown_models_are_rejected_before_any_cycle()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Pack(2005).ApplyTelemetry(FrameBatch.Of(Frames[..5]), 1, "no-such-model"));

        Assert.Contains("no-such-model", error.Message);
        Assert.Equal(0, (await Pack(2005).GetSummary()).Cycle);
    }
}
