using BatteryOs.Model.Chemistry;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// SoH after a number of cycles, and cycles to 80 % SoH, as functions of ambient temperature: the physics
/// profile run with a constant climate, so only the per-cycle discharge rate is drawn (stream 0).
/// </summary>
public static class AmbientSweep
{
    /// <summary>The end-of-life threshold the sweep counts cycles to, % SoH.</summary>
    public const double EndOfLifeSohPct = EndOfLife.SohPct;

    /// <summary>
    /// Runs every temperature for <paramref name="cycles"/> cycles, and on to <paramref name="horizon"/> cycles for the
    /// end of life.
    /// </summary>
    public static AmbientSweepRow[] Run(ChemistryParameters chemistry, DutyProfile duty,
        IReadOnlyList<double> temperaturesC, long cycles, long horizon = 20_000)
    {
        var frames = new TelemetryFrame[1_000];
        var conditions = new PackCondition[frames.Length];
        var rows = new AmbientSweepRow[temperaturesC.Count];
        for (var t = 0; t < temperaturesC.Count; t++)
        {
            var profile = new PhysicsProfile(chemistry,
                duty with { Climate = ClimateDistribution.Constant(temperaturesC[t]) }, PackDesign.Default);
            var condition = profile.Initial;
            var sohAtCycles = condition.SohPct;
            long? endOfLife = null;
            var last = Math.Max(cycles, horizon);
            for (var first = 1L; first <= last && (endOfLife is null || first <= cycles); first += frames.Length)
            {
                var span = frames.AsSpan(0, (int)Math.Min(frames.Length, last - first + 1));
                profile.SyntheticFrames(0, first, span);
                condition = profile.Run(condition, span, conditions);
                for (var i = 0; i < span.Length; i++)
                {
                    endOfLife ??= conditions[i].SohPct < EndOfLifeSohPct ? conditions[i].Cycle : null;
                    if (conditions[i].Cycle == cycles)
                    {
                        sohAtCycles = conditions[i].SohPct;
                    }
                }
            }

            rows[t] = new AmbientSweepRow(temperaturesC[t], sohAtCycles, endOfLife);
        }

        return rows;
    }
}
