using BatteryOs.Model.Experts;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Physics;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Gating.Learned;

/// <summary>
/// Simulated packs as gate training data: each pack's synthetic frames under a physics profile, the experts'
/// costs as the profile's assessors give them in a simulation, and the SoH the profile takes per cycle as the
/// observed loss (not observed once the pack is worn out at 0 %).
/// </summary>
public static class FleetRoutingData
{
    /// <summary>The trajectories of packs <paramref name="packIds"/> over <paramref name="cycles"/> cycles.</summary>
    public static IEnumerable<RoutingTrajectory> Of(PhysicsProfile profile, IEnumerable<long> packIds, int cycles,
        ulong seed)
    {
        var geometry = PackGeometry.Of(profile);
        foreach (var id in packIds)
        {
            var frames = new TelemetryFrame[cycles];
            profile.SyntheticFrames(CounterRandom.StreamKey(seed, id), 1, frames);
            var after = new PackCondition[cycles];
            profile.Run(profile.Initial, frames, after);
            var before = new PackCondition[cycles];
            before[0] = profile.Initial;
            after.AsSpan(0, cycles - 1).CopyTo(before.AsSpan(1));

            var costs = new double[ExpertCatalog.Count][];
            var risks = new double[cycles];
            for (var e = 0; e < costs.Length; e++)
            {
                costs[e] = new double[cycles];
                profile.Assessor(e).Assess(frames, before, risks, costs[e]);
            }

            var samples = new RoutingSample[cycles];
            for (var c = 0; c < cycles; c++)
            {
                var loss = after[c].SohPct > 0 ? before[c].SohPct - after[c].SohPct : double.NaN;
                samples[c] = new RoutingSample(geometry.Input(frames[c], before[c]), frames[c],
                    [.. costs.Select(column => column[c])], loss);
            }

            yield return new RoutingTrajectory($"{profile.Name} pack {id}", false, profile.Initial.SohPct, samples,
                [.. after.Select(a => a.SohPct)]);
        }
    }
}
