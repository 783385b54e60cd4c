using Orleans.TestingHost;

namespace BatteryOs.Hosting.Tests.Sqlite;

/// <summary>Starts one-silo in-process test clusters.</summary>
public static class TestClusters
{
    /// <summary>Configuration key the SQLite silo reads its database path from.</summary>
    public const string DatabasePathKey = "BatteryOs:Tests:SqlitePath";

    /// <summary>
    /// Service id of every SQLite test cluster. Grain state is stored per service id, so a restarted cluster
    /// must keep it (TestCluster picks a random one by default).
    /// </summary>
    public const string ServiceId = "batteryos-hosting-tests";

    /// <summary>Starts a cluster whose pack state lives in <paramref name="databasePath"/>.</summary>
    public static Task<TestCluster> StartSqliteAsync(string databasePath)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = ServiceId;
        builder.Properties[DatabasePathKey] = databasePath;
        builder.AddSiloBuilderConfigurator<SqliteSiloConfigurator>();
        return DeployAsync(builder);
    }

    /// <summary>Starts a cluster whose pack state lives in memory.</summary>
    public static Task<TestCluster> StartMemoryAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<MemorySiloConfigurator>();
        return DeployAsync(builder);
    }

    private static async Task<TestCluster> DeployAsync(TestClusterBuilder builder)
    {
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
