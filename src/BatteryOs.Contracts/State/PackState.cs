using BatteryOs.Model.Telemetry;

namespace BatteryOs.Contracts.State;

/// <summary>A pack's persisted state: its checkpoint.</summary>
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

    /// <summary>The first cycle that ended below 80 % SoH; 0 while the pack is above it.</summary>
    [Id(8)] public long EndOfLifeCycle { get; set; }

    /// <summary>Lifetime sum of the risks each expert returned, in expert catalog order.</summary>
    [Id(9)] public double[] ExpertRiskSums { get; set; } = [];

    /// <summary>Lifetime sum of the capacity cost each expert attributed to its mechanism, %, in catalog order.</summary>
    [Id(10)] public double[] ExpertDegradationPctSums { get; set; } = [];
}
