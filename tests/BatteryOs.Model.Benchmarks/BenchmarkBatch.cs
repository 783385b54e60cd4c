using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Benchmarks;

/// <summary>A batch of one pack's synthetic frames, with the condition before each, as a pack would route it.</summary>
internal static class BenchmarkBatch
{
    /// <summary>
    /// Fills <paramref name="frames"/> from cycle 1, and <paramref name="before"/> with the condition before each.
    /// </summary>
    public static void Fill(IDegradationProfile profile, ulong streamKey, TelemetryFrame[] frames,
        PackCondition[] before)
    {
        profile.SyntheticFrames(streamKey, 1, frames);
        var after = new PackCondition[frames.Length];
        profile.Run(profile.Initial, frames, after);
        before[0] = profile.Initial;
        after.AsSpan(0, frames.Length - 1).CopyTo(before.AsSpan(1));
    }
}
