namespace BatteryOs.Model.Telemetry;

/// <summary>One cycle's telemetry for one pack.</summary>
/// <param name="TemperatureC">Cell temperature, °C.</param>
/// <param name="CurrentA">Mean current, A (positive = discharge).</param>
/// <param name="VoltageSagV">Voltage sag under load, V.</param>
public readonly record struct TelemetryFrame(double TemperatureC, double CurrentA, double VoltageSagV);
