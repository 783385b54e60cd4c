using BatteryOs.Model.Packs;

namespace BatteryOs.Contracts.Wire;

/// <summary>
/// Frames to route, of one or more packs under one model: frame i runs from condition <see cref="Before"/>[i]
/// (from the batch's offset), which the learned gate reads, and the model gives the pack geometry the gate's
/// features need. Immutable once sent; the arrays may be larger pooled buffers.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.RouteRequest")]
public sealed record RouteRequest(
    [property: Id(0)] FrameBatch Frames,
    [property: Id(1)] PackCondition[] Before,
    [property: Id(2)] string Model)
{
    /// <summary>True when the frames are well formed and every frame has its condition.</summary>
    public bool IsWellFormed => Frames.IsWellFormed && Frames.Offset <= Before.Length - Frames.Count;

    /// <summary>The conditions in use.</summary>
    public ReadOnlySpan<PackCondition> BeforeSpan => Before.AsSpan(Frames.Offset, Frames.Count);
}
