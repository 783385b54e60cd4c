using BatteryOs.Contracts.Wire;

namespace BatteryOs.Contracts;

/// <summary>The fleet's record of runs, keyed by fleet name.</summary>
public interface IFleetGrain : IGrainWithStringKey
{
    /// <summary>
    /// Registers a run of <paramref name="cycles"/> more cycles over <paramref name="packs"/> packs and
    /// returns the cycle every pack must reach. The target is persisted before it is returned. Idempotent by
    /// <paramref name="runId"/>: a retried call for the latest run returns that run, not a new one.
    /// </summary>
    Task<FleetRun> BeginRun(int packs, long cycles, string model, Guid runId);

    /// <summary>The latest run, or null before the first.</summary>
    Task<FleetRun?> LatestRun();
}
