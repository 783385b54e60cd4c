using BatteryOs.Testing;

namespace BatteryOs.Cli.Tests.Cluster;

/// <summary>
/// The tests that share one throwaway PostgreSQL server (and, for live telemetry, one Mosquitto broker), run one
/// after another: real silo processes in parallel collections would slow the timing-sensitive fault tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>, ICollectionFixture<MosquittoServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cli-postgres";
}
