using System.Diagnostics.Metrics;
using BatteryOs.Contracts.Wire;
using BatteryOs.Model.Ingestion;

namespace BatteryOs.Grains.Metrics;

/// <summary>
/// Ingestion counters of one silo, under <see cref="BatteryOsMeter.Name"/>: frames accepted, applied,
/// duplicate, skipped in gaps, and rejected by reason. Packs count what they take and apply; the MQTT and
/// HTTP edges count what they reject. No instrument carries a pack label. The same totals are readable
/// in process through <see cref="Snapshot"/>, for the cluster-wide totals and the HTTP API.
/// </summary>
public sealed class IngestionInstruments : IDisposable
{
    /// <summary>Frames a pack took (applied, or held for earlier seqs).</summary>
    public const string AcceptedName = "batteryos.ingest.frames.accepted";

    /// <summary>Frames applied to a pack (one cycle each).</summary>
    public const string AppliedName = "batteryos.ingest.frames.applied";

    /// <summary>Redelivered frames ignored.</summary>
    public const string DuplicateName = "batteryos.ingest.frames.duplicate";

    /// <summary>Seqs given up as missing (gaps).</summary>
    public const string GapName = "batteryos.ingest.frames.gap";

    /// <summary>Frames (or unreadable payloads) rejected, by reason.</summary>
    public const string RejectedName = "batteryos.ingest.frames.rejected";

    /// <summary>The tag of <see cref="RejectedName"/> naming the reason (see <see cref="RejectReasons"/>).</summary>
    public const string ReasonTag = "reason";

    /// <summary>The unit of every ingestion counter.</summary>
    public const string FrameUnit = "{frame}";

    private readonly Meter _meter;
    private readonly long[] _rejected = new long[RejectReasons.All.Count];
    private long _accepted;
    private long _applied;
    private long _duplicates;
    private long _skipped;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public IngestionInstruments(IMeterFactory meters)
    {
        _meter = meters.Create(BatteryOsMeter.Name);
        _meter.CreateObservableCounter(AcceptedName, () => Interlocked.Read(ref _accepted), FrameUnit,
            "Ingested frames a pack took: applied, or held until the seqs before them arrive.");
        _meter.CreateObservableCounter(AppliedName, () => Interlocked.Read(ref _applied), FrameUnit,
            "Ingested frames applied to a pack, one cycle each.");
        _meter.CreateObservableCounter(DuplicateName, () => Interlocked.Read(ref _duplicates), FrameUnit,
            "Redelivered frames (seq already applied or held), ignored.");
        _meter.CreateObservableCounter(GapName, () => Interlocked.Read(ref _skipped), FrameUnit,
            "Seqs given up as missing: frames never received in time.");
        _meter.CreateObservableCounter(RejectedName, ObserveRejected, FrameUnit,
            "Ingested frames or unreadable payloads rejected before reaching a pack's state, by reason.");
    }

    /// <summary>Counts frames a pack took.</summary>
    public void Accepted(long frames) => Interlocked.Add(ref _accepted, frames);

    /// <summary>Counts frames applied.</summary>
    public void Applied(long frames) => Interlocked.Add(ref _applied, frames);

    /// <summary>Counts redelivered frames.</summary>
    public void Duplicates(long frames) => Interlocked.Add(ref _duplicates, frames);

    /// <summary>Counts seqs given up as missing.</summary>
    public void Skipped(long seqs) => Interlocked.Add(ref _skipped, seqs);

    /// <summary>Counts rejected frames.</summary>
    public void Rejected(RejectReason reason, long frames) => Interlocked.Add(ref _rejected[(int)reason], frames);

    /// <summary>The totals so far.</summary>
    public IngestionTotals Snapshot() => new()
    {
        Accepted = Interlocked.Read(ref _accepted),
        Applied = Interlocked.Read(ref _applied),
        Duplicates = Interlocked.Read(ref _duplicates),
        SkippedSeqs = Interlocked.Read(ref _skipped),
        Rejected = [.. _rejected.Select((_, i) => Interlocked.Read(ref _rejected[i]))],
    };

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    private IEnumerable<Measurement<long>> ObserveRejected()
    {
        foreach (var reason in RejectReasons.All)
        {
            yield return new Measurement<long>(Interlocked.Read(ref _rejected[(int)reason]),
                new KeyValuePair<string, object?>(ReasonTag, reason.Label()));
        }
    }
}
