using System.Diagnostics;
using BatteryOs.Grains.Routing;
using BatteryOs.Model.Experts;
using BatteryOs.Model.Gating;
using BatteryOs.Model.Gating.Learned;
using BatteryOs.Model.Packs;
using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Cli.Bench;

/// <summary>
/// The bench's plain loop: the same packs, model, gate and policy as the grain path, in
/// <see cref="PlainMixtureLoop"/> on every core, with the packs' chunks of the grain path (1,000 cycles).
/// </summary>
internal static class BaselineRun
{
    /// <summary>
    /// Pack-cycles per second of the plain loop, and the sum of every pack's final SoH in pack order; stops
    /// between packs once <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static (double PackCyclesPerSecond, double SohSum) Execute(BenchSettings settings,
        CancellationToken cancellationToken)
    {
        var profile = ModelProfiles.Get(settings.Model);
        var learned = settings.Routing.LearnedGate();
        var soh = new double[settings.Packs];
        var clock = Stopwatch.StartNew();
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, settings.Packs, options, () => new PlainMixtureLoop(profile, Router(learned, settings), 1_000),
            (id, _, loop) =>
            {
                var life = PackLife.New(profile, 8, ExpertCatalog.Count);
                loop.Advance(life, CounterRandom.StreamKey(settings.Seed, id), settings.Cycles);
                soh[id] = life.Condition.SohPct;
                return loop;
            }, _ => { });
        var seconds = clock.Elapsed.TotalSeconds;
        return (settings.Packs * (double)settings.Cycles / seconds, soh.Sum());
    }

    private static MixtureRouter Router(LearnedGateParameters? learned, BenchSettings settings) => new(
        learned is null ? new SeedGate() : new LearnedGate(learned),
        RoutingOptionsValidator.Policy(settings.Routing.Options, settings.Routing.K));
}
