using BatteryOs.Model.Ingestion;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Contracts.Wire;

/// <summary>Lets Orleans serialize and copy <see cref="SequencedFrame"/> through its surrogate.</summary>
[RegisterConverter]
public sealed class SequencedFrameSurrogateConverter : IConverter<SequencedFrame, SequencedFrameSurrogate>
{
    /// <inheritdoc />
    public SequencedFrame ConvertFromSurrogate(in SequencedFrameSurrogate surrogate) => new(
        surrogate.Seq, surrogate.TimestampUnixMs,
        new TelemetryFrame(surrogate.TemperatureC, surrogate.CurrentA, surrogate.VoltageSagV),
        surrogate.SocPct, surrogate.MinCellVoltageV, surrogate.MaxCellVoltageV);

    /// <inheritdoc />
    public SequencedFrameSurrogate ConvertToSurrogate(in SequencedFrame value) => new()
    {
        Seq = value.Seq,
        TimestampUnixMs = value.TimestampUnixMs,
        TemperatureC = value.Frame.TemperatureC,
        CurrentA = value.Frame.CurrentA,
        VoltageSagV = value.Frame.VoltageSagV,
        SocPct = value.SocPct,
        MinCellVoltageV = value.MinCellVoltageV,
        MaxCellVoltageV = value.MaxCellVoltageV,
    };
}
