using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Cli.Tests;

/// <summary>The undisturbed answer: a model run pack by pack in a plain loop, without grains.</summary>
internal static class ReferenceFleet
{
    /// <summary>Every pack of a fleet after <paramref name="cycles"/> cycles, computed in a plain loop.</summary>
    public static PackLife[] Of(int packs, long cycles, ulong seed, string model = ModelProfiles.DefaultName)
    {
        var profile = ModelProfiles.Get(model);
        var gate = new SeedGate();
        return [.. Enumerable.Range(0, packs).Select(id =>
        {
            var key = CounterRandom.StreamKey(seed, id);
            var frames = Enumerable.Range(1, (int)cycles).Select(c => profile.SyntheticFrame(key, c)).ToArray();
            var life = PackLife.New(profile, 8, ExpertCatalog.Count);
            var experts = new byte[frames.Length * 3];
            var weights = new double[frames.Length * 3];
            gate.Route(frames, 3, experts, weights);

            var conditions = new PackCondition[frames.Length];
            life.Preview(frames, conditions);
            var risks = new double[frames.Length * 3];
            var degradation = new double[frames.Length * 3];
            for (var i = 0; i < risks.Length; i++)
            {
                var f = i / 3;
                profile.Assessor(experts[i]).Assess([frames[f]], [life.Before(conditions, f)], risks.AsSpan(i, 1),
                    degradation.AsSpan(i, 1));
            }

            life.Commit(new RoutedChunk(frames, 3, experts, weights, risks, degradation), conditions);
            return life;
        })];
    }
}
