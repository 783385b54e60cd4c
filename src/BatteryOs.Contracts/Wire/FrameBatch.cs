using BatteryOs.Model.Telemetry;

namespace BatteryOs.Contracts.Wire;

/// <summary>
/// Telemetry frames: <see cref="Count"/> entries of <see cref="Frames"/> from <see cref="Offset"/> (the
/// array may be a larger pooled buffer shared by several batches). Immutable once sent, so local calls
/// pass it without a copy.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.FrameBatch")]
public sealed record FrameBatch(
    [property: Id(0)] TelemetryFrame[] Frames,
    [property: Id(1)] int Count,
    [property: Id(2)] int Offset = 0)
{
    /// <summary>A batch covering a whole array.</summary>
    public static FrameBatch Of(TelemetryFrame[] frames) => new(frames, frames.Length);

    /// <summary>True when Offset and Count lie within the array.</summary>
    public bool IsWellFormed => Offset >= 0 && Count >= 0 && Offset <= Frames.Length - Count;

    /// <summary>The frames in use.</summary>
    public ReadOnlySpan<TelemetryFrame> Span => Frames.AsSpan(Offset, Count);
}
