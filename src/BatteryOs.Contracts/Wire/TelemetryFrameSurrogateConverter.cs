using BatteryOs.Model.Telemetry;

namespace BatteryOs.Contracts.Wire;

/// <summary>Lets Orleans serialize and copy <see cref="TelemetryFrame"/> through its surrogate.</summary>
[RegisterConverter]
public sealed class TelemetryFrameSurrogateConverter : IConverter<TelemetryFrame, TelemetryFrameSurrogate>
{
    /// <inheritdoc />
    public TelemetryFrame ConvertFromSurrogate(in TelemetryFrameSurrogate surrogate) =>
        new(surrogate.TemperatureC, surrogate.CurrentA, surrogate.VoltageSagV);

    /// <inheritdoc />
    public TelemetryFrameSurrogate ConvertToSurrogate(in TelemetryFrame value) => new()
    {
        TemperatureC = value.TemperatureC,
        CurrentA = value.CurrentA,
        VoltageSagV = value.VoltageSagV,
    };
}
