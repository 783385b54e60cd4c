namespace BatteryOs.Contracts.Wire;

/// <summary>Wire form of <see cref="BatteryOs.Model.Ingestion.SequencedFrame"/>.</summary>
[GenerateSerializer]
[Alias("batteryos.SequencedFrame")]
public struct SequencedFrameSurrogate
{
    /// <summary>The pack's frame number.</summary>
    [Id(0)] public long Seq;

    /// <summary>Measurement time, ms since the Unix epoch.</summary>
    [Id(1)] public long TimestampUnixMs;

    /// <summary>Cell temperature, °C.</summary>
    [Id(2)] public double TemperatureC;

    /// <summary>Current, A.</summary>
    [Id(3)] public double CurrentA;

    /// <summary>Voltage sag under load, V.</summary>
    [Id(4)] public double VoltageSagV;

    /// <summary>State of charge, %, when reported.</summary>
    [Id(5)] public double? SocPct;

    /// <summary>Lowest cell voltage, V, when reported.</summary>
    [Id(6)] public double? MinCellVoltageV;

    /// <summary>Highest cell voltage, V, when reported.</summary>
    [Id(7)] public double? MaxCellVoltageV;
}
