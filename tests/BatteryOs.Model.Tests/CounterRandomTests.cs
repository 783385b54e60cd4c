using BatteryOs.Model.Telemetry;

namespace BatteryOs.Model.Tests;

public sealed class CounterRandomTests
{
    [Fact]
    public void First_draw_of_stream_zero_is_splitmix64s_first_output()
    {
        // SplitMix64 seeded with 0 first returns 0xE220A8397B1DCDAF; its top 53 bits over 2^53 give the double.
        const ulong splitMixFirstOutput = 0xE220A8397B1DCDAFUL;
        var expected = (splitMixFirstOutput >> 11) * (1.0 / (1UL << 53));

        Assert.Equal(expected, CounterRandom.NextDouble(0, 0));
        Assert.Equal(0.8833108082136426, CounterRandom.NextDouble(0, 0));
    }

    [Fact]
    public void Stream_key_is_pinned_so_a_seed_names_the_same_fleet_across_versions()
    {
        Assert.Equal(0xA969941313444D3DUL, CounterRandom.StreamKey(42, 7));
    }

    [Fact]
    public void Draws_are_in_the_unit_interval_with_mean_one_half()
    {
        const int draws = 100_000;
        var key = CounterRandom.StreamKey(7, 3);
        var sum = 0.0;
        var min = 1.0;
        var max = 0.0;
        for (var c = 0UL; c < draws; c++)
        {
            var u = CounterRandom.NextDouble(key, c);
            sum += u;
            min = Math.Min(min, u);
            max = Math.Max(max, u);
        }

        // The mean's standard error is 0.289 / sqrt(100000) = 0.0009; 0.005 is over five of them.
        Assert.Equal(0.5, sum / draws, 0.005);
        Assert.InRange(min, 0.0, 0.001);
        Assert.InRange(max, 0.999, Math.BitDecrement(1.0));
    }

    [Fact]
    public void Same_key_and_counter_give_the_same_draw()
    {
        var key = CounterRandom.StreamKey(99, 5);

        Assert.Equal(CounterRandom.NextDouble(key, 12345), CounterRandom.NextDouble(key, 12345));
        Assert.Equal(CounterRandom.StreamKey(99, 5), key);
    }

    [Fact]
    public void Different_streams_and_seeds_give_different_keys()
    {
        var keys = new HashSet<ulong>();
        for (var seed = 0UL; seed < 20; seed++)
        {
            for (var stream = 0L; stream < 50; stream++)
            {
                keys.Add(CounterRandom.StreamKey(seed, stream));
            }
        }

        Assert.Equal(20 * 50, keys.Count);
    }
}
