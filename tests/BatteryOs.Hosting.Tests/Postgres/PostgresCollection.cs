using BatteryOs.Testing;

namespace BatteryOs.Hosting.Tests.Postgres;

/// <summary>The test classes that share one throwaway PostgreSQL server, each in databases of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL";
}
