namespace BatteryOs.Grains.Routing;

/// <summary>The gates a silo can route with.</summary>
public enum GateKind
{
    /// <summary>The seed profile's threshold rules.</summary>
    Heuristic,

    /// <summary>
    /// The softmax gate <c>batteryos train-router</c> trained, from <see cref="RoutingOptions.RouterFile"/>.
    /// </summary>
    Learned,
}
