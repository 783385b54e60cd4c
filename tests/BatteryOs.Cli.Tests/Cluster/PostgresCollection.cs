using BatteryOs.Testing;

namespace BatteryOs.Cli.Tests.Cluster;

/// <summary>The tests that share one throwaway PostgreSQL server, run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cli-postgres";
}
