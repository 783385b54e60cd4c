namespace BatteryOs.Cli.Tests.Metrics;

/// <summary>The tests that read one scraped fleet, run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class MetricsCollection : ICollectionFixture<ScrapedFleet>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cli-metrics";
}
