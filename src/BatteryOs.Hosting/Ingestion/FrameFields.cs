namespace BatteryOs.Hosting.Ingestion;

/// <summary>The fields of one frame as <see cref="TelemetryJson"/> reads them; null until read.</summary>
internal struct FrameFields
{
    public long? Seq;
    public long? TimestampUnixMs;
    public double? TemperatureC;
    public double? CurrentA;
    public double? VoltageSagV;
    public double? SocPct;
    public double? MinCellV;
    public double? MaxCellV;

    /// <summary>The first required field not read, or null.</summary>
    public readonly string? Missing() =>
        Seq is null ? "seq"
        : TimestampUnixMs is null ? "timestamp"
        : TemperatureC is null ? "temperatureC"
        : CurrentA is null ? "currentA"
        : VoltageSagV is null ? "voltageSagV"
        : null;
}
