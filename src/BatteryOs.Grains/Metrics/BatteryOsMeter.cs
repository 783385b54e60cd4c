namespace BatteryOs.Grains.Metrics;

/// <summary>
/// The name of the meter every BatteryOs instrument belongs to. Each area (simulation, ingestion) keeps
/// its instruments in its own class, all under this one meter, so exporters subscribe to one name.
/// </summary>
public static class BatteryOsMeter
{
    /// <summary>The meter name.</summary>
    public const string Name = "BatteryOs";
}
