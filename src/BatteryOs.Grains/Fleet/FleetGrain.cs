using BatteryOs.Contracts;
using BatteryOs.Contracts.State;
using BatteryOs.Contracts.Wire;

namespace BatteryOs.Grains.Fleet;

/// <summary>The fleet's record of simulation runs: each run drives every pack to a new target cycle.</summary>
public sealed class FleetGrain(
    [PersistentState("fleet", StorageNames.Packs)] IPersistentState<FleetState> state) : Grain, IFleetGrain
{
    /// <inheritdoc />
    public async Task<FleetRun> BeginRun(int packs, long cycles, string model, Guid runId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(packs, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(cycles);
        var fleet = state.State;
        if (fleet.Runs > 0 && fleet.LastRunId == runId)
        {
            // A retry of the registration that was stored: the same run, not another one.
            return new FleetRun(fleet.Runs, fleet.LastPacks, fleet.LastStartCycle, fleet.TargetCycle, fleet.Model);
        }

        if (fleet.Model.Length > 0 && !string.Equals(fleet.Model, model, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"This store's fleet runs model '{fleet.Model}'; start a new store to run model '{model}'.");
        }

        var previous = (fleet.Runs, fleet.Packs, fleet.TargetCycle, fleet.Model, fleet.LastRunId, fleet.LastStartCycle,
            fleet.LastPacks);
        var start = fleet.TargetCycle;
        fleet.Runs++;
        fleet.Packs = Math.Max(fleet.Packs, packs);
        fleet.TargetCycle = checked(start + cycles);
        fleet.Model = model;
        (fleet.LastRunId, fleet.LastStartCycle, fleet.LastPacks) = (runId, start, packs);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Perhaps not stored: forget it here, and reload what is stored on the next call. If the write was
            // stored after all (its answer lost), the reloaded run id makes the retry return this very run.
            (fleet.Runs, fleet.Packs, fleet.TargetCycle, fleet.Model, fleet.LastRunId, fleet.LastStartCycle,
                fleet.LastPacks) = previous;
            DeactivateOnIdle();
            throw;
        }

        return new FleetRun(fleet.Runs, packs, start, fleet.TargetCycle, model);
    }

    /// <inheritdoc />
    public Task<FleetRun?> LatestRun()
    {
        var fleet = state.State;
        FleetRun? run = fleet.Runs == 0
            ? null
            : new FleetRun(fleet.Runs, fleet.Packs, fleet.TargetCycle, fleet.TargetCycle, fleet.Model);
        return Task.FromResult(run);
    }
}
