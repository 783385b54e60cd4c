namespace BatteryOs.Contracts.Wire;

/// <summary>
/// The router's answer for a <see cref="FrameBatch"/>: K expert indices and gate weights per frame,
/// frame-major, in the first FrameCount * K entries of each array.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.RoutingBatch")]
public sealed record RoutingBatch(
    [property: Id(0)] byte[] Experts,
    [property: Id(1)] double[] Weights,
    [property: Id(2)] int FrameCount,
    [property: Id(3)] int K);
