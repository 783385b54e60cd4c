namespace BatteryOs.Contracts.Wire;

/// <summary>A simulation run registered with the fleet: every pack is driven to <see cref="TargetCycle"/>.</summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.FleetRun")]
public sealed record FleetRun(
    [property: Id(0)] int RunNumber,
    [property: Id(1)] int Packs,
    [property: Id(2)] long StartCycle,
    [property: Id(3)] long TargetCycle,
    [property: Id(4)] string Model);
