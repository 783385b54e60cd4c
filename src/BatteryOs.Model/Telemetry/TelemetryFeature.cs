namespace BatteryOs.Model.Telemetry;

/// <summary>A single value of a <see cref="TelemetryFrame"/>, for rules that look at one of them.</summary>
public enum TelemetryFeature
{
    /// <summary>No value: the rule is constant.</summary>
    None = 0,

    /// <summary><see cref="TelemetryFrame.TemperatureC"/>.</summary>
    TemperatureC = 1,

    /// <summary><see cref="TelemetryFrame.CurrentA"/>.</summary>
    CurrentA = 2,

    /// <summary><see cref="TelemetryFrame.VoltageSagV"/>.</summary>
    VoltageSagV = 3,
}
