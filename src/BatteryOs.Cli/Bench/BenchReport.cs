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
    public double? BaselinePackCyclesPerSecond { get; init; }
    public double? GrainToBaselineRatio { get; init; }
    public bool? BaselineMatches { get; init; }
}
