namespace BatteryOs.Contracts.Wire;

/// <summary>An expert's risk figures in [0, 1], one per frame it was given, in the first Count entries.</summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.RiskBatch")]
public sealed record RiskBatch([property: Id(0)] double[] Risks, [property: Id(1)] int Count);
