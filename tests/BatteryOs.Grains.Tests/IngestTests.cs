using BatteryOs.Contracts;
using BatteryOs.Contracts.State;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;
using Orleans.Runtime;

namespace BatteryOs.Grains.Tests;

/// <summary>Seq-ordered ingestion on the pack grain: once each, in order, gaps recorded, bad input inert.</summary>
[Collection(ClusterCollection.Name)]
public sealed class IngestTests(ClusterFixture fixture)
{
    private static readonly TelemetryFrame[] Telemetry = PlainLoop.Synthetic(11, 0, 1, 120);

    private IPackGrain Pack(long id) => fixture.Grains.GetGrain<IPackGrain>(id);

    private static SequencedFrame[] Seq(params long[] seqs) =>
        [.. seqs.Select(s => new SequencedFrame(s, ClusterFixture.Time.GetUtcNow().ToUnixTimeMilliseconds(),
            Telemetry[s - 1], SocPct: 50 + s % 10))];

    private static long[] Range(long first, long last) => [.. Enumerable.Range((int)first, (int)(last - first + 1))
        .Select(i => (long)i)];

    private static PackSummary Reference(params long[] seqs) => Summarise(PlainLoop.Run(
        [.. seqs.Select(s => Telemetry[s - 1])], model: ModelProfiles.DefaultName));

    private static PackSummary Summarise(Model.Packs.PackLife life) => new()
    {
        Cycle = life.Condition.Cycle,
        SeiNm = life.Condition.SeiNm,
        SohPct = life.Condition.SohPct,
        SohSmoothedPct = life.SmoothedSohPct,
        RoutingCounts = life.RoutingCounts,
    };

    [Fact]
    public async Task Frames_in_order_are_applied_once_each_like_a_plain_loop()
    {
        var result = await Pack(3001).Ingest(IngestBatch.Of(Seq(Range(1, 100))));

        Assert.Equal(100, result.Accepted);
        Assert.Equal(100, result.Applied);
        Assert.Equal(100, result.LastSeq);
        var summary = await Pack(3001).GetSummary();
        PackConditionAssert.Same(Reference(Range(1, 100)), summary);
        Assert.Equal(ModelProfiles.DefaultName, summary.Model);
        Assert.Equal(100, summary.IngestedFrames);
        Assert.Equal(3, summary.RecentExperts.Length);
        Assert.Equal(50 + 100 % 10, summary.LastSocPct);
    }

    [Fact]
    public async Task A_redelivered_batch_changes_nothing_and_counts_as_duplicates()
    {
        await Pack(3002).Ingest(IngestBatch.Of(Seq(Range(1, 20))));
        var before = StoredPack.Serialized(fixture, await Pack(3002).GetSummary());

        var again = await Pack(3002).Ingest(IngestBatch.Of(Seq(Range(5, 20))));

        Assert.Equal(16, again.Duplicates);
        Assert.Equal(0, again.Accepted);
        Assert.Equal(0, again.Applied);
        Assert.Equal(before, StoredPack.Serialized(fixture, await Pack(3002).GetSummary()));
    }

    [Fact]
    public async Task Frames_out_of_order_within_the_window_are_applied_in_seq_order()
    {
        await Pack(3003).Ingest(IngestBatch.Of(Seq(1, 2, 5, 4)));
        var held = await Pack(3003).GetSummary();
        var result = await Pack(3003).Ingest(IngestBatch.Of(Seq(3, 6)));

        Assert.Equal(2, held.HeldFrames);
        Assert.Equal(2, held.Cycle);
        Assert.Equal(4, result.Applied);
        Assert.Equal(0, result.Gaps);
        PackConditionAssert.Same(Reference(Range(1, 6)), await Pack(3003).GetSummary());
    }

    [Fact]
    public async Task A_gap_is_given_up_after_the_hold_time_and_the_missing_frame_is_then_late()
    {
        await Pack(3004).Ingest(IngestBatch.Of(Seq(Range(1, 5))));
        var held = await Pack(3004).Ingest(IngestBatch.Of(Seq(8, 9, 10)));
        Assert.Equal(3, held.Held);

        ClusterFixture.Time.Advance(ClusterFixture.ReorderHoldTime);
        var released = await Pack(3004).Ingest(IngestBatch.Of(Seq(11)));
        var late = await Pack(3004).Ingest(IngestBatch.Of(Seq(6)));

        Assert.Equal(4, released.Applied);
        Assert.Equal(1, released.Gaps);
        Assert.Equal(2, released.SkippedSeqs);
        Assert.Equal(1, late.Late);
        Assert.Equal(0, late.Applied);
        var summary = await Pack(3004).GetSummary();
        Assert.Equal(11, summary.LastSeq);
        Assert.Equal(1, summary.Gaps);
        Assert.Equal(2, summary.SkippedSeqs);
        PackConditionAssert.Same(Reference(1, 2, 3, 4, 5, 8, 9, 10, 11), summary);
    }

    [Fact]
    public async Task More_held_frames_than_the_capacity_give_the_gap_up_at_once()
    {
        await Pack(3005).Ingest(IngestBatch.Of(Seq(1)));

        var result = await Pack(3005).Ingest(IngestBatch.Of(Seq(Range(3, 3 + ClusterFixture.ReorderCapacityFrames))));

        Assert.Equal(ClusterFixture.ReorderCapacityFrames + 1, result.Applied);
        Assert.Equal(1, result.SkippedSeqs);
        Assert.Equal(0, result.Held);
    }

    [Fact]
    public async Task Held_frames_survive_deactivation_and_release_held_applies_them()
    {
        await Pack(3006).Ingest(IngestBatch.Of(Seq(1, 2, 4, 5)));
        await DeactivateAllAsync();

        var reloaded = await Pack(3006).GetSummary();
        var released = await Pack(3006).ReleaseHeld();

        Assert.Equal(2, reloaded.HeldFrames);
        Assert.Equal(2, reloaded.Cycle);
        Assert.Equal(2, released.Applied);
        Assert.Equal(1, released.SkippedSeqs);
        PackConditionAssert.Same(Reference(1, 2, 4, 5), await Pack(3006).GetSummary());
    }

    [Theory]
    [InlineData(double.NaN, 10, 0.2, "temperatureC")]
    [InlineData(30, double.NegativeInfinity, 0.2, "currentA")]
    [InlineData(30, 10, 11, "voltageSagV")]
    public async Task Invalid_frames_reject_the_batch_and_leave_the_stored_state_byte_for_byte(
        double t, double i, double v, string field)
    {
        var id = 3100 + Math.Abs(HashCode.Combine(t, i, v) % 800);
        await Pack(id).Ingest(IngestBatch.Of(Seq(1, 2, 3)));
        await Pack(id).Checkpoint();
        var stored = await StoredPack.BytesAsync(fixture, id);
        var summary = StoredPack.Serialized(fixture, await Pack(id).GetSummary());

        SequencedFrame[] bad = [.. Seq(4), new SequencedFrame(5, 0, new TelemetryFrame(t, i, v))];
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Pack(id).Ingest(IngestBatch.Of(bad)));

        Assert.Contains(field, error.Message);
        await Pack(id).Checkpoint();
        Assert.Equal(stored, await StoredPack.BytesAsync(fixture, id));
        Assert.Equal(summary, StoredPack.Serialized(fixture, await Pack(id).GetSummary()));
    }

    [Fact]
    public async Task A_pack_keeps_the_model_it_was_created_with()
    {
        await Pack(3007).AdvanceTo(10, new SyntheticRun("seed", 3));

        var result = await Pack(3007).Ingest(IngestBatch.Of(Seq(1, 2)));

        Assert.Equal(12, result.Cycle);
        Assert.Equal("seed", (await Pack(3007).GetSummary()).Model);
    }

    [Fact]
    public void State_stored_before_ingestion_existed_reads_with_ingestion_at_its_defaults()
    {
        // A PackState with fields 0-7 only, serialized by the version before ingestion.
        var old = Convert.FromBase64String(
            "IEAJc2VlZAENgQAAAAAAAPQ/gQAAAAAA4FdAgQAAAAAAANA/IQADIYAAAAAAAAA+QIEAAAAAAAAkQIGamZmZmZnJP+DgIQADgQAAAAAA" +
            "4FdA4CEACwEFAAkADQABAA3g4A==");

        var state = StoredPack.Deserialize<PackState>(fixture, old);

        Assert.Equal("seed", state.Model);
        Assert.Equal(3, state.Cycle);
        Assert.Equal([1L, 2, 3, 0, 3], state.RoutingCounts);
        Assert.Equal(0, state.LastSeq);
        Assert.Empty(state.HeldFrames);
        Assert.Empty(state.RecentGaps);
        Assert.Null(state.LastSocPct);
    }

    private async Task DeactivateAllAsync()
    {
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
    }
}
