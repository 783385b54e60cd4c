namespace BatteryOs.Contracts.Wire;

/// <summary>
/// Per-cycle results of applied telemetry: the condition after each cycle and the K experts and
/// weights the router chose for it (frame-major, K entries per cycle).
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("batteryos.CycleTrace")]
public sealed record CycleTrace(
    [property: Id(0)] long[] Cycles,
    [property: Id(1)] double[] SeiNm,
    [property: Id(2)] double[] SohPct,
    [property: Id(3)] byte[] Experts,
    [property: Id(4)] double[] Weights,
    [property: Id(5)] int K)
{
    /// <summary>A trace with no cycles.</summary>
    public static CycleTrace Empty(int k) => new([], [], [], [], [], k);
}
