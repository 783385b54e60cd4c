using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BatteryOs.Model.Numerics;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Physics;

/// <summary>
/// A pack's random draws for one cycle, from its counter-based stream: draws 3c and 3c + 1 give cycle c's daily
/// weather (a standard normal, Box-Muller), draw 3c + 2 its discharge rate. Cycle 0's slots hold the pack's own
/// draws (climate mean and seasonal phase, see <see cref="ClimateDistribution"/>), so cycles start at draw 3.
/// Box-Muller's logarithms go through <see cref="BlockMath"/>; its cosines go four cycles at a time through
/// <see cref="Vector256.Cos(Vector256{double})"/>, whose lanes depend on one another, so the four are always the
/// aligned group of cycles 4g to 4g + 3 that a cycle belongs to: a cycle alone and the same cycle in any batch
/// get the same bits.
/// </summary>
public static class CycleDraws
{
    private const ulong DrawsPerCycle = 3;
    private const long GroupCycles = 4;

    /// <summary>Cycle <paramref name="cycle"/>'s weather, a standard normal draw.</summary>
    public static double Weather(ulong streamKey, long cycle)
    {
        var group = cycle & ~(GroupCycles - 1);
        var cosine = Cosines(streamKey, group).GetElement((int)(cycle - group));
        return BoxMuller(BlockMath.Log(RadiusDraw(streamKey, Counter(cycle))), cosine);
    }

    /// <summary>
    /// <see cref="Weather"/> of cycles <paramref name="firstCycle"/> onwards, one per element of
    /// <paramref name="weatherOut"/> (at most <see cref="BlockMath.BlockLength"/>), the same numbers.
    /// </summary>
    public static void Weathers(ulong streamKey, long firstCycle, Span<double> weatherOut)
    {
        var n = weatherOut.Length;
        for (var i = 0; i < n; i++)
        {
            weatherOut[i] = RadiusDraw(streamKey, Counter(firstCycle + i));
        }

        BlockMath.Log(weatherOut);
        var last = firstCycle + n - 1;
        for (var group = firstCycle & ~(GroupCycles - 1); group <= last; group += GroupCycles)
        {
            var cosines = Cosines(streamKey, group);
            for (var lane = 0; lane < GroupCycles; lane++)
            {
                var i = group + lane - firstCycle;
                if (i >= 0 && i < n)
                {
                    weatherOut[(int)i] = BoxMuller(weatherOut[(int)i], cosines.GetElement(lane));
                }
            }
        }
    }

    /// <summary>Cycle <paramref name="cycle"/>'s discharge-rate draw, uniform in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double DischargeRateDraw(ulong streamKey, long cycle) =>
        CounterRandom.NextDouble(streamKey, Counter(cycle) + 2);

    /// <summary>Box-Muller: sqrt(-2 ln(1 - u1)) cos(2π u2), from ln(1 - u1) and the cosine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double BoxMuller(double logOfRadiusDraw, double cosineOfAngle) =>
        Math.Sqrt(-2.0 * logOfRadiusDraw) * cosineOfAngle;

    /// <summary>Box-Muller's 1 - u1 from draw <paramref name="counter"/>, in (0, 1]: its log is finite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double RadiusDraw(ulong streamKey, ulong counter) =>
        1.0 - CounterRandom.NextDouble(streamKey, counter);

    /// <summary>Box-Muller's angle 2π u2 from the draw after <paramref name="counter"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double AngleDraw(ulong streamKey, ulong counter) =>
        2.0 * Math.PI * CounterRandom.NextDouble(streamKey, counter + 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Cosines(ulong streamKey, long group) =>
        Vector256.Cos(Vector256.Create(AngleDraw(streamKey, Counter(group)), AngleDraw(streamKey, Counter(group + 1)),
            AngleDraw(streamKey, Counter(group + 2)), AngleDraw(streamKey, Counter(group + 3))));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Counter(long cycle) => (ulong)cycle * DrawsPerCycle;
}
