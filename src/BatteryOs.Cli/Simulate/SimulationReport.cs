namespace BatteryOs.Cli.Simulate;

/// <summary>The JSON report of one <c>simulate</c> run.</summary>
internal sealed record SimulationReport
{
    public required int Packs { get; init; }
    public required long Cycles { get; init; }
    public required string Model { get; init; }
    public required ulong Seed { get; init; }
    public required string Store { get; init; }
    public required int Run { get; init; }
    public required long StartCycle { get; init; }
    public required long TargetCycle { get; init; }
    public required double LoadSeconds { get; init; }
    public required double ElapsedSeconds { get; init; }
    public required double PackCyclesPerSecond { get; init; }
    public required double CheckpointSeconds { get; init; }
    public required double CommandSeconds { get; init; }
    public required long PeakWorkingSetBytes { get; init; }
    public required long RetriedCalls { get; init; }
    public required Distribution Soh { get; init; }
    public required SeiReport SeiNm { get; init; }
    public required double SohSmoothedMean { get; init; }
    public required IReadOnlyDictionary<string, double> Routing { get; init; }
    public required IReadOnlyDictionary<string, ExpertReport> Experts { get; init; }
    public required EndOfLifeReport EndOfLife { get; init; }

    /// <summary>SEI statistics, nm.</summary>
    internal sealed record SeiReport(double Mean, double P50, double P95, double Max)
    {
        public static SeiReport From(Distribution d) => new(d.Mean, d.P50, d.P95, d.Max);
    }
}
