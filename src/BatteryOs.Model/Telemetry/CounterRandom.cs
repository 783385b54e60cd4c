using System.Runtime.CompilerServices;

namespace BatteryOs.Model.Telemetry;

/// <summary>
/// A counter-based generator: every draw is a pure function of (seed, stream, counter), so any
/// cycle of any pack can be regenerated without replaying the ones before it. The mixing step is
/// SplitMix64's finaliser, which passes BigCrush as a hash of consecutive integers.
/// </summary>
public static class CounterRandom
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>A 64-bit key for one stream (for example one pack) under one run seed.</summary>
    public static ulong StreamKey(ulong seed, long stream) => Mix(Mix(seed) ^ ((ulong)stream * GoldenGamma));

    /// <summary>A double uniform in [0, 1) for draw <paramref name="counter"/> of a stream.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NextDouble(ulong streamKey, ulong counter)
    {
        // 53 random bits scaled into [0, 1): every representable value is equally likely. They fit a long, whose
        // conversion to double is one instruction (a ulong's is not).
        return (long)(Mix(streamKey + (counter + 1) * GoldenGamma) >> 11) * (1.0 / (1L << 53));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
