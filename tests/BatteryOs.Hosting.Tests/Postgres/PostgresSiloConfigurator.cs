using BatteryOs.Hosting.Postgres;
using Orleans.TestingHost;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>
/// A test silo clustered and storing pack state in the PostgreSQL database named in the configuration.
/// </summary>
public sealed class PostgresSiloConfigurator : ISiloConfigurator
{
    /// <inheritdoc />
    public void Configure(ISiloBuilder siloBuilder) =>
        siloBuilder.UseBatteryOsPostgres(PostgresTestClusters.ConnectionString(siloBuilder.Configuration))
            .AddBatteryOsGrains();
}
