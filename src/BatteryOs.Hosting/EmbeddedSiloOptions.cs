using BatteryOs.Grains.Packs;
using BatteryOs.Grains.Routing;
using Microsoft.Extensions.Logging;

namespace BatteryOs.Hosting;

/// <summary>How to start a single in-process silo.</summary>
public sealed class EmbeddedSiloOptions
{
    /// <summary>Where grain state goes.</summary>
    public StoreLocation Store { get; init; } = StoreLocation.Memory;

    /// <summary>Adjusts the pack grains' options (checkpointing, batching, k).</summary>
    public Action<PackGrainOptions>? ConfigurePacks { get; init; }

    /// <summary>Adjusts the silo's routing (gate, router file, capacity).</summary>
    public Action<RoutingOptions>? ConfigureRouting { get; init; }

    /// <summary>Least severe log level written to standard error.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;

    /// <summary>The Orleans service id: part of every stored grain's key, so keep it stable.</summary>
    public string ServiceId { get; init; } = "batteryos";
}
