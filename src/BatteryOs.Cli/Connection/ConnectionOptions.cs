using System.CommandLine;
using BatteryOs.Grains.Packs;
using BatteryOs.Cli.Simulate;
using BatteryOs.Hosting;
using Microsoft.Extensions.Configuration;

namespace BatteryOs.Cli.Connection;

/// <summary>The options that say where a command's grains live: --connect, --postgres and --store.</summary>
internal sealed class ConnectionOptions
{
    private readonly Option<ConnectionMode> _connect = new("--connect")
    {
        Description = "embedded: a silo in this process; postgres: a client of a running cluster.",
        DefaultValueFactory = _ => ConnectionMode.Embedded,
    };

    private readonly Option<string?> _postgres = new("--postgres")
    {
        Description = "PostgreSQL connection string (or Cluster:Postgres in appsettings.json / " +
            "BATTERYOS__CLUSTER__POSTGRES).",
    };

    private readonly Option<StoreLocation> _store;

    /// <summary>The pack grains' default smoothing window, cycles.</summary>
    private static readonly int DefaultSmoothingWindowCycles = new PackGrainOptions().SmoothingWindowCycles;

    /// <summary>The options, with the embedded store defaulting to <paramref name="defaultStore"/>.</summary>
    public ConnectionOptions(string defaultStore) => _store = CommonOptions.Store(defaultStore);

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(_connect);
        command.Add(_postgres);
        command.Add(_store);
    }

    /// <summary>
    /// The settings the user asked for; <paramref name="smoothingWindowCycles"/> is the embedded silo's
    /// smoothing window when given (a cluster's silos set their own).
    /// </summary>
    public ConnectionSettings Read(ParseResult result, IConfiguration configuration,
        long checkpointEveryCycles = 10_000, int? smoothingWindowCycles = null, RoutingCliOptions? routing = null)
    {
        var mode = result.GetValue(_connect);
        if (mode == ConnectionMode.Postgres && result.GetResult(_store) is { Implicit: false })
        {
            throw new UsageException("--store applies to --connect embedded; a cluster keeps state in PostgreSQL");
        }

        if (mode == ConnectionMode.Postgres && smoothingWindowCycles is not null)
        {
            throw new UsageException(
                "--smoothing-window applies to --connect embedded; set Packs:SmoothingWindowCycles on the silos");
        }

        if (mode == ConnectionMode.Postgres && routing is not null && routing.AnyGiven(result))
        {
            throw new UsageException("--router, --router-file, --k, --capacity-factor and --overflow apply to " +
                "--connect embedded; a cluster's silos route by their Routing and Packs:TopK settings");
        }

        var postgres = mode == ConnectionMode.Postgres
            ? CliConfiguration.Postgres(result.GetValue(_postgres), configuration)
            : null;
        return new ConnectionSettings(mode, result.GetValue(_store)!, postgres, checkpointEveryCycles,
            smoothingWindowCycles ?? DefaultSmoothingWindowCycles,
            mode == ConnectionMode.Embedded ? routing?.Read(result) : null);
    }
}
