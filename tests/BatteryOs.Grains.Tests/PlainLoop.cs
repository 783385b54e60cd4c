using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Grains.Tests;

/// <summary>The same arithmetic as the grain path, frame by frame in a plain loop: the reference.</summary>
internal static class PlainLoop
{
    public static PackLife Run(IReadOnlyList<TelemetryFrame> frames, int k = 3, int window = 8,
        string model = "seed")
    {
        var profile = ModelProfiles.Get(model);
        var life = PackLife.New(profile, window, ExpertCatalog.Count);
        var gate = new SeedGate();
        var experts = new byte[k];
        var weights = new double[k];
        var risks = new double[k];
        var degradation = new double[k];
        var after = new PackCondition[1];
        foreach (var frame in frames)
        {
            gate.Route([frame], k, experts, weights);
            life.Preview([frame], after);
            for (var j = 0; j < k; j++)
            {
                profile.Assessor(experts[j]).Assess([frame], [life.Condition], risks.AsSpan(j, 1),
                    degradation.AsSpan(j, 1));
            }

            life.Commit(new RoutedChunk([frame], k, experts, weights, risks, degradation), after);
        }

        return life;
    }

    public static TelemetryFrame[] Synthetic(ulong seed, long packId, long fromCycle, long toCycle,
        string model = "seed")
    {
        var profile = ModelProfiles.Get(model);
        var key = CounterRandom.StreamKey(seed, packId);
        var frames = new TelemetryFrame[toCycle - fromCycle + 1];
        for (var c = fromCycle; c <= toCycle; c++)
        {
            frames[c - fromCycle] = profile.SyntheticFrame(key, c);
        }

        return frames;
    }
}
