using BatteryOs.Model.Packs;

namespace BatteryOs.Contracts.Wire;

/// <summary>
/// What one expert is asked to assess: frames, the condition of the pack before each of them (entry i of
/// <see cref="Before"/> from the batch's offset goes with frame i), and the model profile they run under.
/// Immutable once sent; the arrays may be larger pooled buffers shared by several batches.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.ExpertBatch")]
public sealed record ExpertBatch(
    [property: Id(0)] FrameBatch Frames,
    [property: Id(1)] PackCondition[] Before,
    [property: Id(2)] string Model)
{
    /// <summary>True when the frames are well formed and every frame has its condition.</summary>
    public bool IsWellFormed => Frames.IsWellFormed && Frames.Offset <= Before.Length - Frames.Count;

    /// <summary>The conditions in use.</summary>
    public ReadOnlySpan<PackCondition> BeforeSpan => Before.AsSpan(Frames.Offset, Frames.Count);
}
