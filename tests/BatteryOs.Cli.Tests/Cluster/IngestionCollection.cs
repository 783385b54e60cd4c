using BatteryOs.Testing;

namespace BatteryOs.Cli.Tests.Cluster;

/// <summary>The tests of live telemetry: a throwaway PostgreSQL server and a throwaway Mosquitto broker.</summary>
[CollectionDefinition(Name)]
public sealed class IngestionCollection : ICollectionFixture<PostgresServer>, ICollectionFixture<MosquittoServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cli-ingestion";
}
