using BatteryOs.Contracts;
using BatteryOs.Contracts.State;
using BatteryOs.Contracts.Wire;

namespace BatteryOs.Grains.Fleet;

/// <summary>The fleet's record of simulation runs: each run drives every pack to a new target cycle.</summary>
public sealed class FleetGrain(
    [PersistentState("fleet", StorageNames.Packs)] IPersistentState<FleetState> state) : Grain, IFleetGrain
{
    /// <inheritdoc />
    public async Task<FleetRun> BeginRun(int packs, long cycles, string model)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(packs, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(cycles);
        var fleet = state.State;
        if (fleet.Model.Length > 0 && !string.Equals(fleet.Model, model, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"This store's fleet runs model '{fleet.Model}'; start a new store to run model '{model}'.");
        }

        var start = fleet.TargetCycle;
        fleet.Runs++;
        fleet.Packs = Math.Max(fleet.Packs, packs);
        fleet.TargetCycle = checked(start + cycles);
        fleet.Model = model;
        await state.WriteStateAsync();
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
