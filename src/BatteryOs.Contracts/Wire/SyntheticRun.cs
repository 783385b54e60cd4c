namespace BatteryOs.Contracts.Wire;

/// <summary>How a pack draws its own synthetic telemetry: the model profile and the run seed.</summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.SyntheticRun")]
public sealed record SyntheticRun([property: Id(0)] string Model, [property: Id(1)] ulong Seed);
