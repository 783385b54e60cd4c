using BatteryOs.Hosting;

namespace BatteryOs.Cli.Simulate;

/// <summary>A validated <c>simulate</c> request.</summary>
internal sealed record SimulationSettings(
    int Packs,
    long Cycles,
    ulong Seed,
    string Model,
    StoreLocation Store,
    string? ReportPath,
    int CallsInFlight,
    long CheckpointEveryCycles);
