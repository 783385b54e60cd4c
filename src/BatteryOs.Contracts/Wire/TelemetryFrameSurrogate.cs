using BatteryOs.Model.Telemetry;

namespace BatteryOs.Contracts.Wire;

/// <summary>Wire form of <see cref="TelemetryFrame"/>, which lives in the Orleans-free model.</summary>
[GenerateSerializer]
[Alias("batteryos.TelemetryFrame")]
public struct TelemetryFrameSurrogate
{
    /// <summary>Cell temperature, °C.</summary>
    [Id(0)] public double TemperatureC;

    /// <summary>Current, A.</summary>
    [Id(1)] public double CurrentA;

    /// <summary>Voltage sag under load, V.</summary>
    [Id(2)] public double VoltageSagV;
}
