using BatteryOs.Model.Telemetry;

namespace BatteryOs.Contracts.Wire;

/// <summary>
/// Consecutive telemetry frames: the first <see cref="Count"/> entries of <see cref="Frames"/> (the
/// array may be a larger pooled buffer). Immutable once sent, so local calls pass it without a copy.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.FrameBatch")]
public sealed record FrameBatch([property: Id(0)] TelemetryFrame[] Frames, [property: Id(1)] int Count)
{
    /// <summary>A batch covering a whole array.</summary>
    public static FrameBatch Of(TelemetryFrame[] frames) => new(frames, frames.Length);

    /// <summary>The frames in use.</summary>
    public ReadOnlySpan<TelemetryFrame> Span => Frames.AsSpan(0, Count);
}
