using BatteryOs.Hosting.Postgres;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>A test client that finds its gateways in the PostgreSQL membership table.</summary>
public sealed class PostgresClientConfigurator : IClientBuilderConfigurator
{
    /// <inheritdoc />
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.UseBatteryOsPostgres(PostgresTestClusters.ConnectionString(configuration));
}
