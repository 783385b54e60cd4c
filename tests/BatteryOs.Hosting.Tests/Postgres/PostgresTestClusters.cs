using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>Starts in-process test clusters whose membership, grain state and reminders live in PostgreSQL.</summary>
public static class PostgresTestClusters
{
    /// <summary>
    /// Service id of every PostgreSQL test cluster: a restarted cluster must keep it to find its state.
    /// </summary>
    public const string ServiceId = "batteryos-postgres-tests";

    private const string ConnectionStringKey = "BatteryOs:Tests:PostgresConnectionString";

    /// <summary>
    /// Starts <paramref name="silos"/> silos that join through the membership table of
    /// <paramref name="connectionString"/>'s database, and a client that finds them there.
    /// </summary>
    public static async Task<TestCluster> StartAsync(string connectionString, string clusterId, short silos = 2)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ServiceId = ServiceId;
        builder.Options.ClusterId = clusterId;
        builder.Options.UseTestClusterMembership = false;
        builder.Properties[ConnectionStringKey] = connectionString;
        builder.AddSiloBuilderConfigurator<PostgresSiloConfigurator>();
        builder.AddClientBuilderConfigurator<PostgresClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>The connection string a test cluster was started with.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration[ConnectionStringKey]
        ?? throw new InvalidOperationException($"Set {ConnectionStringKey} in the cluster's properties.");
}
