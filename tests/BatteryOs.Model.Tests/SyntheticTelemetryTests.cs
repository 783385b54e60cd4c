using BatteryOs.Model.Profiles;
using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests;

/// <summary>The seed profile's synthetic telemetry: ranges, spread and reproducibility.</summary>
public sealed class SyntheticTelemetryTests
{
    private const ulong RunSeed = 42;
    private const long PackId = 7;
    private readonly SeedProfile _profile = new();

    [Fact]
    public void First_cycle_of_a_known_pack_is_pinned()
    {
        var frame = _profile.SyntheticFrame(CounterRandom.StreamKey(RunSeed, PackId), 1);

        Assert.Equal(new TelemetryFrame(57.96577654294547, 42.71158009319927, 0.5533036675828765), frame);
    }

    [Fact]
    public void Hundred_thousand_frames_stay_in_range_with_midpoint_means()
    {
        const int cycles = 100_000;
        var key = CounterRandom.StreamKey(RunSeed, PackId);
        var frames = new TelemetryFrame[cycles];
        for (var c = 0; c < cycles; c++)
        {
            frames[c] = _profile.SyntheticFrame(key, c + 1);
        }

        var temperatures = frames.Select(f => f.TemperatureC).ToArray();
        var currents = frames.Select(f => f.CurrentA).ToArray();
        var sags = frames.Select(f => f.VoltageSagV).ToArray();

        // Half-open ranges; extremes within 0.1% of the width of each edge.
        Assert.InRange(temperatures.Min(), 22.0, 22.036);
        Assert.InRange(temperatures.Max(), 57.964, Math.BitDecrement(58.0));
        Assert.InRange(currents.Min(), 2.0, 2.043);
        Assert.InRange(currents.Max(), 44.957, Math.BitDecrement(45.0));
        Assert.InRange(sags.Min(), 0.05, 0.0506);
        Assert.InRange(sags.Max(), 0.6494, Math.BitDecrement(0.65));

        // Standard errors of the means: 10.4 / 316 = 0.033 °C, 12.4 / 316 = 0.039 A, 0.173 / 316 = 0.00055 V.
        Assert.Equal(40.0, temperatures.Average(), 0.2);
        Assert.Equal(23.5, currents.Average(), 0.25);
        Assert.Equal(0.35, sags.Average(), 0.003);
    }

    [Fact]
    public void Same_seed_pack_and_cycle_give_the_same_frame()
    {
        var first = new SeedProfile().SyntheticFrame(CounterRandom.StreamKey(RunSeed, PackId), 500);
        var second = new SeedProfile().SyntheticFrame(CounterRandom.StreamKey(RunSeed, PackId), 500);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_packs_get_different_frames()
    {
        var keyA = CounterRandom.StreamKey(RunSeed, 1);
        var keyB = CounterRandom.StreamKey(RunSeed, 2);

        var differing = Enumerable.Range(1, 100).Count(
            c => _profile.SyntheticFrame(keyA, c).TemperatureC != _profile.SyntheticFrame(keyB, c).TemperatureC);

        Assert.Equal(100, differing);
    }

    [Fact]
    public void Different_seeds_get_different_frames_for_the_same_pack()
    {
        var keyA = CounterRandom.StreamKey(1, PackId);
        var keyB = CounterRandom.StreamKey(2, PackId);

        var differing = Enumerable.Range(1, 100)
            .Count(c => _profile.SyntheticFrame(keyA, c).CurrentA != _profile.SyntheticFrame(keyB, c).CurrentA);

        Assert.Equal(100, differing);
    }

    [Fact]
    public void Frame_of_a_cycle_does_not_depend_on_earlier_cycles()
    {
        var key = CounterRandom.StreamKey(RunSeed, PackId);
        var direct = new SeedProfile().SyntheticFrame(key, 5000);

        var sequential = new SeedProfile();
        var replayed = default(TelemetryFrame);
        for (var c = 1; c <= 5000; c++)
        {
            replayed = sequential.SyntheticFrame(key, c);
        }

        Assert.Equal(direct, replayed);
        Assert.Equal(direct, new SeedProfile().SyntheticFrame(key, 5000));
    }

    [Fact]
    public void Consecutive_cycles_use_disjoint_draws()
    {
        var key = CounterRandom.StreamKey(RunSeed, PackId);
        var cycle1 = _profile.SyntheticFrame(key, 1);

        // Cycle c uses counters 3c, 3c + 1, 3c + 2: cycle 1's temperature is draw 3 of the stream.
        Assert.Equal(22.0 + CounterRandom.NextDouble(key, 3) * 36.0, cycle1.TemperatureC);
        Assert.Equal(2.0 + CounterRandom.NextDouble(key, 4) * 43.0, cycle1.CurrentA);
        Assert.Equal(0.05 + CounterRandom.NextDouble(key, 5) * (0.65 - 0.05), cycle1.VoltageSagV);
    }

    [Fact]
    public void Synthetic_frames_pass_the_telemetry_limits()
    {
        var key = CounterRandom.StreamKey(RunSeed, PackId);

        var rejected = Enumerable.Range(1, 10_000)
            .Count(c => TelemetryLimits.Problem(_profile.SyntheticFrame(key, c)) is not null);

        Assert.Equal(0, rejected);
    }
}
