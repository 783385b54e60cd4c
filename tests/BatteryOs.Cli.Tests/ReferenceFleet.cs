using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Cli.Tests;

/// <summary>The undisturbed answer: the seed model run pack by pack in a plain loop, without grains.</summary>
internal static class ReferenceFleet
{
    /// <summary>Every pack of a fleet after <paramref name="cycles"/> cycles, computed in a plain loop.</summary>
    public static PackLife[] Of(int packs, long cycles, ulong seed)
    {
        var profile = ModelProfiles.Get("seed");
        var gate = new SeedGate();
        return [.. Enumerable.Range(0, packs).Select(id =>
        {
            var key = CounterRandom.StreamKey(seed, id);
            var frames = Enumerable.Range(1, (int)cycles).Select(c => profile.SyntheticFrame(key, c)).ToArray();
            var life = PackLife.New(profile, 8, ExpertCatalog.Count);
            var experts = new byte[frames.Length * 3];
            var weights = new double[frames.Length * 3];
            gate.Route(frames, 3, experts, weights);
            var risks = new double[frames.Length * 3];
            for (var i = 0; i < risks.Length; i++)
            {
                ExpertCatalog.All[experts[i]].Assess([frames[i / 3]], risks.AsSpan(i, 1));
            }

            life.Apply(new RoutedChunk(frames, 3, experts, weights, risks));
            return life;
        })];
    }
}
