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

    /// <summary>The first cycle that ended below 80 % SoH; 0 while the pack is above it.</summary>
    [Id(9)] public long EndOfLifeCycle { get; init; }

    /// <summary>Lifetime sum of the risks each expert returned, in expert catalog order.</summary>
    [Id(10)] public double[] ExpertRiskSums { get; init; } = [];

    /// <summary>Lifetime sum of the capacity cost each expert attributed to its mechanism, %, in catalog order.</summary>
    [Id(11)] public double[] ExpertDegradationPctSums { get; init; } = [];
}
