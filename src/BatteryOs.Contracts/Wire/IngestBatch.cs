using BatteryOs.Model.Ingestion;

namespace BatteryOs.Contracts.Wire;

/// <summary>
/// Frames from a battery management system for one pack, in arrival order: <see cref="Count"/> entries of
/// <see cref="Frames"/> from <see cref="Offset"/> (the array may be a pooled buffer shared by several
/// batches). Immutable once sent, so local calls pass it without a copy.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.IngestBatch")]
public sealed record IngestBatch(
    [property: Id(0)] SequencedFrame[] Frames,
    [property: Id(1)] int Count,
    [property: Id(2)] int Offset = 0)
{
    /// <summary>A batch covering a whole array.</summary>
    public static IngestBatch Of(params SequencedFrame[] frames) => new(frames, frames.Length);

    /// <summary>True when Offset and Count lie within the array.</summary>
    public bool IsWellFormed => Offset >= 0 && Count >= 0 && Offset <= Frames.Length - Count;

    /// <summary>The frames in use.</summary>
    public ReadOnlySpan<SequencedFrame> Span => Frames.AsSpan(Offset, Count);
}
