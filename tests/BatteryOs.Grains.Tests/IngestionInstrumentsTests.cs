using BatteryOs.Contracts;
using BatteryOs.Contracts.Wire;
using BatteryOs.Grains.Metrics;
using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class IngestionInstrumentsTests(ClusterFixture fixture)
{
    private static SequencedFrame[] Seq(params long[] seqs) =>
        [.. seqs.Select(s => new SequencedFrame(s, 0, new TelemetryFrame(30, 10, 0.2)))];

    [Fact]
    public async Task Packs_count_accepted_applied_duplicate_gap_and_late_frames_with_units()
    {
        var pack = fixture.Grains.GetGrain<IPackGrain>(3501);
        var before = MeterReading.Take();

        await pack.Ingest(IngestBatch.Of(Seq(1, 2, 3, 5)));
        await pack.Ingest(IngestBatch.Of(Seq(2, 3)));
        await pack.ReleaseHeld();
        await pack.Ingest(IngestBatch.Of(Seq(4)));

        var after = MeterReading.Take();
        long Delta(string name, string? reason = null) => after[name, reason] - before[name, reason];
        Assert.Equal(4, Delta(IngestionInstruments.AcceptedName));
        Assert.Equal(4, Delta(IngestionInstruments.AppliedName));
        Assert.Equal(2, Delta(IngestionInstruments.DuplicateName));
        Assert.Equal(1, Delta(IngestionInstruments.GapName));
        Assert.Equal(1, Delta(IngestionInstruments.RejectedName, RejectReason.Late.Label()));
        Assert.Equal(0, Delta(IngestionInstruments.RejectedName, RejectReason.OutOfRange.Label()));
        var ingestion = after.Units
            .Where(u => u.Key.StartsWith("batteryos.ingest.", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, ingestion.Count);
        Assert.All(ingestion, u => Assert.Equal(IngestionInstruments.FrameUnit, u.Value));
    }
}
