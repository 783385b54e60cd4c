using BatteryOs.Cli.Connection;

namespace BatteryOs.Cli.Simulate;

/// <summary>A validated <c>simulate</c> request.</summary>
internal sealed record SimulationSettings(
    int Packs,
    long Cycles,
    ulong Seed,
    string Model,
    ConnectionSettings Connection,
    string? ReportPath,
    int CallsInFlight);
