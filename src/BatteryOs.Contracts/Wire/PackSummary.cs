namespace BatteryOs.Contracts.Wire;

/// <summary>A pack's condition as reported to drivers and queries.</summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.PackSummary")]
public sealed record PackSummary
{
    /// <summary>The pack's id.</summary>
    [Id(0)] public long PackId { get; init; }

    /// <summary>The model profile the pack runs under.</summary>
    [Id(1)] public string Model { get; init; } = "";

    /// <summary>Cycles completed.</summary>
    [Id(2)] public long Cycle { get; init; }

    /// <summary>SEI thickness, nm.</summary>
    [Id(3)] public double SeiNm { get; init; }

    /// <summary>Raw state of health after the latest cycle, %.</summary>
    [Id(4)] public double SohPct { get; init; }

    /// <summary>State of health smoothed over the recent window, %.</summary>
    [Id(5)] public double SohSmoothedPct { get; init; }

    /// <summary>Latest gate-weighted mixture risk, in [0, 1].</summary>
    [Id(6)] public double MixtureRisk { get; init; }

    /// <summary>Lifetime top-k selections per expert, in expert catalog order.</summary>
    [Id(7)] public long[] RoutingCounts { get; init; } = [];

    /// <summary>Cycle of the latest persisted checkpoint.</summary>
    [Id(8)] public long CheckpointCycle { get; init; }

    /// <summary>The last ingested seq applied (0 before the first ingested frame).</summary>
    [Id(9)] public long LastSeq { get; init; }

    /// <summary>Gaps in the ingested seqs given up on so far.</summary>
    [Id(10)] public long Gaps { get; init; }

    /// <summary>Seqs given up as missing so far.</summary>
    [Id(11)] public long SkippedSeqs { get; init; }

    /// <summary>Ingested frames held until the seqs before them arrive.</summary>
    [Id(12)] public int HeldFrames { get; init; }

    /// <summary>Ingested frames applied so far.</summary>
    [Id(13)] public long IngestedFrames { get; init; }

    /// <summary>Measurement time of the last ingested frame applied, ms since the Unix epoch (0: none).</summary>
    [Id(14)] public long LastTimestampUnixMs { get; init; }

    /// <summary>State of charge the last ingested frame reported, %, if any.</summary>
    [Id(15)] public double? LastSocPct { get; init; }

    /// <summary>The experts chosen for the last ingested cycle (catalog indices, best first).</summary>
    [Id(16)] public byte[] RecentExperts { get; init; } = [];

    /// <summary>The gate weights of <see cref="RecentExperts"/>.</summary>
    [Id(17)] public double[] RecentWeights { get; init; } = [];

    /// <summary>The first cycle that ended below 80 % SoH; 0 while the pack is above it.</summary>
    [Id(18)] public long EndOfLifeCycle { get; init; }

    /// <summary>Lifetime sum of the risks each expert returned, in expert catalog order.</summary>
    [Id(19)] public double[] ExpertRiskSums { get; init; } = [];

    /// <summary>
    /// Lifetime sum of the capacity cost each expert attributed to its mechanism, %, in catalog order.
    /// </summary>
    [Id(20)] public double[] ExpertDegradationPctSums { get; init; } = [];
}
