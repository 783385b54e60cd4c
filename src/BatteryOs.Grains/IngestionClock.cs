namespace BatteryOs.Grains;

/// <summary>
/// The clock ingestion reads (hold times, future timestamps): a keyed <see cref="TimeProvider"/>, so
/// tests can move it without moving the clock Orleans itself runs on.
/// </summary>
public static class IngestionClock
{
    /// <summary>The service key of the ingestion clock.</summary>
    public const string ServiceKey = "batteryos.ingestion";
}
