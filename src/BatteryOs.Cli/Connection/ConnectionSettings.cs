using BatteryOs.Hosting;

namespace BatteryOs.Cli.Connection;

/// <summary>How a command reaches its grains.</summary>
/// <param name="Mode">Embedded silo or cluster client.</param>
/// <param name="Store">The embedded silo's store.</param>
/// <param name="Postgres">The cluster's connection string (client mode only).</param>
/// <param name="CheckpointEveryCycles">The embedded silo's checkpoint interval.</param>
/// <param name="SmoothingWindowCycles">The embedded silo's SoH smoothing window.</param>
/// <param name="Routing">The embedded silo's routing (null: the defaults).</param>
internal sealed record ConnectionSettings(
    ConnectionMode Mode, StoreLocation Store, string? Postgres, long CheckpointEveryCycles = 10_000,
    int SmoothingWindowCycles = 8, Simulate.RoutingCliOptions.RoutingSettings? Routing = null)
{
    /// <summary>Where the grains are, for summaries: the store, or the cluster's host and database.</summary>
    public string Describe() => Mode == ConnectionMode.Embedded
        ? Store.ToString()
        : PostgresTarget.Describe(Postgres!);
}
