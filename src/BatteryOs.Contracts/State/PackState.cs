using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Contracts.State;

/// <summary>
/// A pack's persisted state: its checkpoint. Fields 8 and up track ingested telemetry; state stored
/// before they existed reads with them at their defaults (no frame ingested yet).
/// </summary>
[GenerateSerializer]
[Alias("batteryos.PackState")]
public sealed class PackState
{
    /// <summary>Model profile name; empty until the pack's first cycle.</summary>
    [Id(0)] public string Model { get; set; } = "";

    /// <summary>Cycles completed.</summary>
    [Id(1)] public long Cycle { get; set; }

    /// <summary>SEI thickness, nm.</summary>
    [Id(2)] public double SeiNm { get; set; }

    /// <summary>Raw SoH after the latest cycle, %.</summary>
    [Id(3)] public double SohPct { get; set; }

    /// <summary>Latest gate-weighted mixture risk, in [0, 1].</summary>
    [Id(4)] public double MixtureRisk { get; set; }

    /// <summary>The recent frames, oldest first, kept for smoothing.</summary>
    [Id(5)] public TelemetryFrame[] RecentFrames { get; set; } = [];

    /// <summary>The raw SoH each recent frame produced, %, oldest first.</summary>
    [Id(6)] public double[] RecentSohPct { get; set; } = [];

    /// <summary>Lifetime top-k selections per expert, in expert catalog order.</summary>
    [Id(7)] public long[] RoutingCounts { get; set; } = [];

    /// <summary>The last ingested seq applied (0 before the first ingested frame).</summary>
    [Id(8)] public long LastSeq { get; set; }

    /// <summary>Gaps in the ingested seqs given up on so far.</summary>
    [Id(9)] public long Gaps { get; set; }

    /// <summary>Seqs given up as missing so far (frames never received in time).</summary>
    [Id(10)] public long SkippedSeqs { get; set; }

    /// <summary>Ingested frames applied so far (each is one cycle).</summary>
    [Id(11)] public long IngestedFrames { get; set; }

    /// <summary>Ingested frames held until the seqs before them arrive, in seq order.</summary>
    [Id(12)] public SequencedFrame[] HeldFrames { get; set; } = [];

    /// <summary>
    /// The latest gaps as (first, last) seq pairs, oldest first, to tell late frames from duplicates.
    /// </summary>
    [Id(13)] public long[] RecentGaps { get; set; } = [];

    /// <summary>Measurement time of the last ingested frame applied, ms since the Unix epoch (0: none).</summary>
    [Id(14)] public long LastTimestampUnixMs { get; set; }

    /// <summary>State of charge the last ingested frame reported, %, if it reported one.</summary>
    [Id(15)] public double? LastSocPct { get; set; }

    /// <summary>The experts the router chose for the last ingested cycle, in catalog indices, best first.</summary>
    [Id(16)] public byte[] RecentExperts { get; set; } = [];

    /// <summary>The gate weights of <see cref="RecentExperts"/>.</summary>
    [Id(17)] public double[] RecentWeights { get; set; } = [];

    /// <summary>The first cycle that ended below 80 % SoH; 0 while the pack is above it.</summary>
    [Id(18)] public long EndOfLifeCycle { get; set; }

    /// <summary>Lifetime sum of the risks each expert returned, in expert catalog order.</summary>
    [Id(19)] public double[] ExpertRiskSums { get; set; } = [];

    /// <summary>
    /// Lifetime sum of the capacity cost each expert attributed to its mechanism, %, in catalog order.
    /// </summary>
    [Id(20)] public double[] ExpertDegradationPctSums { get; set; } = [];
}
