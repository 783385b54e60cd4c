using BatteryOs.Grains;
using BatteryOs.Hosting.Sqlite;
using Orleans.TestingHost;

namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>A test silo keeping pack state in the SQLite file named in the cluster's configuration.</summary>
public sealed class SqliteSiloConfigurator : ISiloConfigurator
{
    /// <inheritdoc />
    public void Configure(ISiloBuilder siloBuilder)
    {
        var databasePath = siloBuilder.Configuration[TestClusters.DatabasePathKey]
            ?? throw new InvalidOperationException($"Set {TestClusters.DatabasePathKey} in the cluster's properties.");
        siloBuilder.AddBatteryOsSqliteStorage(StorageNames.Packs, databasePath).AddBatteryOsGrains();
    }
}
