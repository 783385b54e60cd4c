using BatteryOs.Cli.Simulate;

namespace BatteryOs.Cli.Bench;

/// <summary>A validated <c>bench</c> request.</summary>
internal sealed record BenchSettings(
    int Packs,
    long Cycles,
    ulong Seed,
    string Model,
    RoutingCliOptions.RoutingSettings Routing,
    int InFlight,
    bool Baseline,
    string? ReportPath);
