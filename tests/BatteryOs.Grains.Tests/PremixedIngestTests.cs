using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Tests;

/// <summary>Frames that arrive with their mixture computed fold in exactly as if the pack routed them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PremixedIngestTests(ClusterFixture fixture)
{
    private const int K = 3;
    private static readonly TelemetryFrame[] Telemetry = PlainLoop.Synthetic(23, 0, 1, 60);

    private IPackGrain Pack(long id) => fixture.Grains.GetGrain<IPackGrain>(id);

    private static SequencedFrame[] Seq(IEnumerable<long> seqs) =>
        [.. seqs.Select(s => new SequencedFrame(s, 0, Telemetry[s - 1]))];

    private static FrameMixture Mix(SequencedFrame[] frames)
    {
        var gate = new SeedGate();
        var experts = new byte[frames.Length * K];
        var weights = new double[frames.Length * K];
        var risks = new double[frames.Length * K];
        for (var f = 0; f < frames.Length; f++)
        {
            gate.Route([frames[f].Frame], K, experts.AsSpan(f * K, K), weights.AsSpan(f * K, K));
            for (var j = 0; j < K; j++)
            {
                ExpertCatalog.All[experts[f * K + j]].Assess([frames[f].Frame], risks.AsSpan(f * K + j, 1));
            }
        }

        return new FrameMixture(experts, weights, risks, K);
    }

    private static IngestBatch Premixed(SequencedFrame[] frames) => new(frames, frames.Length, 0, Mix(frames));

    [Fact]
    public async Task Premixed_frames_in_small_batches_equal_frames_the_pack_routes_itself()
    {
        for (var first = 1; first <= 60; first += 3)
        {
            var frames = Seq(Enumerable.Range(first, 3).Select(s => (long)s));
            await Pack(3601).Ingest(Premixed(frames));
            await Pack(3602).Ingest(IngestBatch.Of(frames));
        }

        PackConditionAssert.SameWithRouting(await Pack(3602).GetSummary(), await Pack(3601).GetSummary());
    }

    [Fact]
    public async Task Held_frames_released_by_a_premixed_batch_are_routed_by_the_pack()
    {
        await Pack(3603).Ingest(Premixed(Seq([1, 2, 4, 5])));
        await Pack(3603).Ingest(Premixed(Seq([3, 6])));
        await Pack(3604).Ingest(IngestBatch.Of(Seq([1, 2, 3, 4, 5, 6])));

        PackConditionAssert.SameWithRouting(await Pack(3604).GetSummary(), await Pack(3603).GetSummary());
    }

    [Theory]
    [InlineData(9, 0.5)]
    [InlineData(0, 1.5)]
    [InlineData(0, double.NaN)]
    public async Task A_mixture_that_does_not_fit_is_ignored_and_the_pack_routes_the_frames(int expert, double risk)
    {
        var frames = Seq([1, 2, 3]);
        var good = Mix(frames);
        var bad = good with { Experts = [(byte)expert, .. good.Experts[1..]], Risks = [risk, .. good.Risks[1..]] };
        var id = 3610 + expert + (double.IsNaN(risk) ? 5 : (int)risk);

        await Pack(id).Ingest(new IngestBatch(frames, 3, 0, bad));
        await Pack(id + 100).Ingest(IngestBatch.Of(frames));

        PackConditionAssert.SameWithRouting(await Pack(id + 100).GetSummary(), await Pack(id).GetSummary());
    }
}
