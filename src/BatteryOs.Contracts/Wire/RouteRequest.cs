using BatteryOs.Model.Packs;

namespace BatteryOs.Contracts.Wire;

/// <summary>
/// Frames to route, of one or more packs under one model: frame i runs from condition <see cref="Before"/>[i]
/// (from the batch's offset), which the learned gate reads, and the model gives the pack geometry the gate's
/// features need. <see cref="Segments"/> gives each pack chunk's length, in order: expert capacity applies
/// within each chunk, so a chunk routes the same whether or not it shares the call. Immutable once sent;
/// the arrays may be larger pooled buffers.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.RouteRequest")]
public sealed record RouteRequest(
    [property: Id(0)] FrameBatch Frames,
    [property: Id(1)] PackCondition[] Before,
    [property: Id(2)] string Model,
    [property: Id(3)] int[] Segments)
{
    /// <summary>
    /// True when the frames are well formed, every frame has its condition and the segments cover them.
    /// </summary>
    public bool IsWellFormed => Frames.IsWellFormed && Frames.Offset <= Before.Length - Frames.Count
        && SegmentsCover(Frames.Count);

    // Every segment non-empty, together exactly the frames (summed in long: no overflow on hostile input).
    private bool SegmentsCover(int frames)
    {
        long sum = 0;
        foreach (var n in Segments)
        {
            if (n <= 0)
            {
                return false;
            }

            sum += n;
        }

        return sum == frames;
    }

    /// <summary>The conditions in use.</summary>
    public ReadOnlySpan<PackCondition> BeforeSpan => Before.AsSpan(Frames.Offset, Frames.Count);
}
