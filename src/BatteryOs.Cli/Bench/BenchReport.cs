using System.Diagnostics;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;

namespace BatteryOs.Cli.Bench;

/// <summary>The JSON report of one <c>batteryos bench</c> run.</summary>
internal sealed record BenchReport
{
    public required int Packs { get; init; }
    public required long Cycles { get; init; }
    public required string Model { get; init; }
    public required string Router { get; init; }
    public required int K { get; init; }
    public required double? CapacityFactor { get; init; }
    public required string Overflow { get; init; }
    public required int InFlight { get; init; }
    public required double LoadSeconds { get; init; }
    public required double ElapsedSeconds { get; init; }
    public required double PackCyclesPerSecond { get; init; }
    public required double BatchLatencyP50Ms { get; init; }
    public required double BatchLatencyP95Ms { get; init; }
    public required double BatchLatencyP99Ms { get; init; }
    public required IReadOnlyDictionary<string, ExpertLoad> Experts { get; init; }
    public required double LoadImbalanceCv { get; init; }
    public required long OverflowedSelections { get; init; }
    public required long DroppedSelections { get; init; }
    public required long PeakWorkingSetBytes { get; init; }
    public required double BytesPerResidentPack { get; init; }
    /// <summary>The garbage collections during the timed phase, and their pauses.</summary>
    public GcWindow? GarbageCollection { get; init; }

    public double? BaselinePackCyclesPerSecond { get; init; }
    public double? GrainToBaselineRatio { get; init; }
    public bool? BaselineMatches { get; init; }

    /// <summary>The figures of a finished grain-path run.</summary>
    public static BenchReport Of(BenchSettings settings, double loadSeconds, double elapsedSeconds,
        LatencyRecorder latencies, RoutingTally routed, double bytesPerPack)
    {
        var experts = ExpertCatalog.All.Select((e, i) => (e.Name,
                Load: new ExpertLoad(routed.Selected[i], routed.Overflowed[i], routed.Dropped[i])))
            .ToDictionary(x => x.Name, x => x.Load);
        var loads = routed.Selected.Select(v => (double)v).ToArray();
        var mean = loads.Average();
        var cv = mean > 0 ? Math.Sqrt(loads.Average(l => (l - mean) * (l - mean))) / mean : 0;
        var options = settings.Routing.Options;
        return new BenchReport
        {
            Packs = settings.Packs,
            Cycles = settings.Cycles,
            Model = settings.Model,
            Router = settings.Routing.Gate,
            K = settings.Routing.K,
            CapacityFactor = options.CapacityFactor,
            Overflow = options.Overflow.ToString(),
            InFlight = settings.InFlight,
            LoadSeconds = loadSeconds,
            ElapsedSeconds = elapsedSeconds,
            PackCyclesPerSecond = settings.Packs * (double)settings.Cycles / elapsedSeconds,
            BatchLatencyP50Ms = latencies.PercentileMs(0.50),
            BatchLatencyP95Ms = latencies.PercentileMs(0.95),
            BatchLatencyP99Ms = latencies.PercentileMs(0.99),
            Experts = experts,
            LoadImbalanceCv = cv,
            OverflowedSelections = routed.Overflowed.Sum(),
            DroppedSelections = routed.Dropped.Sum(),
            PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            BytesPerResidentPack = bytesPerPack,
        };
    }

    /// <summary>What was routed between two snapshots.</summary>
    public static RoutingTally Difference(RoutingTally after, RoutingTally before)
    {
        var tally = new RoutingTally(after.Selected.Length);
        for (var e = 0; e < tally.Selected.Length; e++)
        {
            tally.Selected[e] = after.Selected[e] - before.Selected[e];
            tally.Overflowed[e] = after.Overflowed[e] - before.Overflowed[e];
            tally.Dropped[e] = after.Dropped[e] - before.Dropped[e];
        }

        return tally;
    }
}
