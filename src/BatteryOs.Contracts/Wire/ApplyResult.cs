namespace BatteryOs.Contracts.Wire;

/// <summary>What applying a batch of telemetry did: the pack's summary and the per-cycle trace.</summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.ApplyResult")]
public sealed record ApplyResult(
    [property: Id(0)] PackSummary Summary,
    [property: Id(1)] CycleTrace Trace,
    [property: Id(2)] int SkippedFrames);
