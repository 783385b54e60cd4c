namespace BatteryOs.Contracts.Wire;

/// <summary>
/// An expert's answer for the frames it was given, in the first <see cref="Count"/> entries: a risk in
/// [0, 1] per frame and the capacity its mechanism costs in that frame's cycle (% of nominal capacity).
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.ExpertAnswer")]
public sealed record ExpertAnswer(
    [property: Id(0)] double[] Risks,
    [property: Id(1)] double[] DegradationPct,
    [property: Id(2)] int Count);
